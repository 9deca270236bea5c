import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ROLES, type TaxonomyExtraction, type TaxonomyLang, type TaxonomyLookupResult } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { Roles, StrictRateLimit } from '@app/platform';
import { TaxonomyExtractionDto, TaxonomyExtractRequestDto, TaxonomyInfoDto, TaxonomyLookupQueryDto, TaxonomyLookupResultDto } from './dto';
import { TaxonomyService, type TaxonomyInfo } from './taxonomy.service';

const ACCEPT_LANGUAGE = { name: 'Accept-Language', required: false, description: 'es or en: the label language when `lang` is not given; default en' };

/** Read by every role (case managers, employers, organisers type skills and titles); reload is admin work. */
@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Autocomplete ESCO skills', description: 'Skills whose labels match what was typed, best first, with their ESCO URIs (what profiles and opportunities store).' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: TaxonomyLookupResultDto.Output })
  skills(@Query() query: TaxonomyLookupQueryDto, @Headers('accept-language') acceptLanguage?: string): TaxonomyLookupResult {
    return this.taxonomy.lookup('skill', query.q, this.langOf(query.lang, acceptLanguage), query.limit);
  }

  @Get('occupations')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Autocomplete ESCO occupations', description: 'Occupations whose labels match a job title as typed (titles are normalised: employers, places, shifts, seniority are ignored), best first.' })
  @ApiHeader(ACCEPT_LANGUAGE)
  @ApiOkResponse({ type: TaxonomyLookupResultDto.Output })
  occupations(@Query() query: TaxonomyLookupQueryDto, @Headers('accept-language') acceptLanguage?: string): TaxonomyLookupResult {
    return this.taxonomy.lookup('occupation', query.q, this.langOf(query.lang, acceptLanguage), query.limit);
  }

  /** The text's language is `lang` when given, else detected from the text (not from Accept-Language: a Spanish UI may paste an English ad). */
  @Post('extract')
  @StrictRateLimit()
  @Roles(...ROLES)
  @HttpCode(200)
  @ApiOperation({ summary: 'Read occupations and skills from free text', description: 'A job ad or a case note -> the occupation and the skills it names, each with where in the text it was read. Under the strict rate limit.' })
  @ApiOkResponse({ type: TaxonomyExtractionDto.Output })
  extract(@Body() body: TaxonomyExtractRequestDto): TaxonomyExtraction {
    return this.taxonomy.extract(body.text, body.lang, body.limit);
  }

  @Get('info')
  @Roles(...ROLES)
  @ApiOperation({ summary: 'Which taxonomy is loaded' })
  @ApiOkResponse({ type: TaxonomyInfoDto.Output })
  info(): TaxonomyInfo {
    return this.taxonomy.info;
  }

  /** After `npm run taxonomy:import`: re-read the store without restarting the service. */
  @Post('reload')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reload the taxonomy from the store', description: 'After `npm run taxonomy:import`: requests keep the old taxonomy until the new one is built.' })
  @ApiOkResponse({ type: TaxonomyInfoDto.Output })
  reload(): Promise<TaxonomyInfo> {
    return this.taxonomy.reload();
  }

  private langOf(lang: TaxonomyLang | undefined, acceptLanguage: string | undefined): TaxonomyLang {
    return lang ?? negotiateLanguage(acceptLanguage);
  }
}
