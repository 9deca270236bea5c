import './v8-tuning';
import 'reflect-metadata';
import { runHttpApp } from '@app/platform';
import { SCORER, ScorerModule } from './scorer.module';

void runHttpApp(SCORER, (config) => ScorerModule.forRoot(config));
