// The first half of the model-based paths (tests/model-paths.tsx).
import { walkPaths } from './model-paths';

walkPaths(0);
