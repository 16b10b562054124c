#!/usr/bin/env node
console.log('@complexionist/server: not built yet');
