export * from './types';
export * from './ids';
export * from './schemas';
export * from './retention';
