#!/usr/bin/env node
// The installed command: the command line built to JavaScript (npm run build:cli), no TypeScript at run time.
import '../dist-cli/temoin.js';
