/** The Reports screen's selection, arithmetic and answers (issue 13, part 4). */
export * from './filters';
export * from './types';
export * from './aggregate';
export * from './pdf-input';
