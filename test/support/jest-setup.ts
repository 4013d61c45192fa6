import 'reflect-metadata';

// Tests speak for themselves; the API's request logs would bury jest's output.
process.env.LOG_LEVEL ??= 'silent';
