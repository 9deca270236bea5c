import { Foundation1732300000000 } from './1732300000000-Foundation';
import { TaxonomyStore1732400000000 } from './1732400000000-TaxonomyStore';
import { Profiles1732500000000 } from './1732500000000-Profiles';

/** Every migration, in order. Listed explicitly so compiled and test runs load the same set. */
export const MIGRATIONS = [Foundation1732300000000, TaxonomyStore1732400000000, Profiles1732500000000];
import { Opportunities1732600000000 } from './1732600000000-Opportunities';
MIGRATIONS.push(Opportunities1732600000000);
import { Placements1732600000001 } from './1732600000001-Placements';
MIGRATIONS.push(Placements1732600000001);
import { Matching1732700000000 } from './1732700000000-Matching';
MIGRATIONS.push(Matching1732700000000);
import { Fairs1732800000000 } from './1732800000000-Fairs';
MIGRATIONS.push(Fairs1732800000000);
import { MatchRequests1732900000000 } from './1732900000000-MatchRequests';
MIGRATIONS.push(MatchRequests1732900000000);
import { ResultsTopPage1733000000000 } from './1733000000000-ResultsTopPage';
MIGRATIONS.push(ResultsTopPage1733000000000);
import { ResultsLz41733100000000 } from './1733100000000-ResultsLz4';
MIGRATIONS.push(ResultsLz41733100000000);
import { ResultsComplete1733200000000 } from './1733200000000-ResultsComplete';
MIGRATIONS.push(ResultsComplete1733200000000);
import { OutboxReaders1733300000000 } from './1733300000000-OutboxReaders';
MIGRATIONS.push(OutboxReaders1733300000000);
import { ResultsJson1733400000000 } from './1733400000000-ResultsJson';
MIGRATIONS.push(ResultsJson1733400000000);
