import 'reflect-metadata';
import { runHttpApp } from '@app/platform';
import { VACANCY_SERVICE, VacancyServiceModule } from './vacancy-service.module';

void runHttpApp(VACANCY_SERVICE, (config) => VacancyServiceModule.forRoot(config));
