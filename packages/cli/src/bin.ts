#!/usr/bin/env node
console.log('complexionist: not built yet');
