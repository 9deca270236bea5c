import 'reflect-metadata';
import { runHttpApp } from '@app/platform';
import { PROFILE_SERVICE, ProfileServiceModule } from './profile-service.module';

void runHttpApp(PROFILE_SERVICE, (config) => ProfileServiceModule.forRoot(config));
