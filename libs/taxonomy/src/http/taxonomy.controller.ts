import { Body, Controller, Get, Headers, HttpCode, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ROLES, type TaxonomyExtraction, type TaxonomyLang, type TaxonomyLookupResult } from '@app/contracts';
import { negotiateLanguage } from '@app/matching';
import { Roles, StrictRateLimit } from '@app/platform';
import { TaxonomyExtractRequestDto, TaxonomyLookupQueryDto } from './dto';
import { TaxonomyService, type TaxonomyInfo } from './taxonomy.service';

/** Read by every role (case managers, employers, organisers type skills and titles); reload is admin work. */
@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Get('skills')
  @Roles(...ROLES)
  skills(@Query() query: TaxonomyLookupQueryDto, @Headers('accept-language') acceptLanguage?: string): TaxonomyLookupResult {
    return this.taxonomy.lookup('skill', query.q, this.langOf(query.lang, acceptLanguage), query.limit);
  }

  @Get('occupations')
  @Roles(...ROLES)
  occupations(@Query() query: TaxonomyLookupQueryDto, @Headers('accept-language') acceptLanguage?: string): TaxonomyLookupResult {
    return this.taxonomy.lookup('occupation', query.q, this.langOf(query.lang, acceptLanguage), query.limit);
  }

  /** The text's language is `lang` when given, else detected from the text (not from Accept-Language: a Spanish UI may paste an English ad). */
  @Post('extract')
  @StrictRateLimit()
  @Roles(...ROLES)
  @HttpCode(200)
  extract(@Body() body: TaxonomyExtractRequestDto): TaxonomyExtraction {
    return this.taxonomy.extract(body.text, body.lang, body.limit);
  }

  @Get('info')
  @Roles(...ROLES)
  info(): TaxonomyInfo {
    return this.taxonomy.info;
  }

  /** After `npm run taxonomy:import`: re-read the store without restarting the service. */
  @Post('reload')
  @Roles('admin')
  @HttpCode(200)
  reload(): Promise<TaxonomyInfo> {
    return this.taxonomy.reload();
  }

  private langOf(lang: TaxonomyLang | undefined, acceptLanguage: string | undefined): TaxonomyLang {
    return lang ?? negotiateLanguage(acceptLanguage);
  }
}
