#!/usr/bin/env node
// Kept so the path in the developers' guide keeps working: the chore lives in tools/.
import '../tools/lock-optional-platforms.mjs';
