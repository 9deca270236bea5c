export * from './programme-report.service';
