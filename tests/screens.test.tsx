// Every screen in English and Arabic (tests/screens-in.tsx); every other shipped language is
// checked by tests/screens-2.test.tsx, which takes all but these two.
import { checkScreensIn } from './screens-in';

checkScreensIn(['en', 'ar']);
