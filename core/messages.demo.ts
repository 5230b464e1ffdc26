/** Messages of the demo data (load and removal). Merged into core/messages.ts. */
export const demoEn = {
  'demo.loadedAlready':
    'The demo data is loaded already. To load it afresh, remove it first (Settings › Demo data).',
  'demo.nothingToRemove':
    'There is no demo data to remove: it was removed already, or never loaded in this data folder.',
} as const;

export const demoZh: Record<keyof typeof demoEn, string> = {
  'demo.loadedAlready': '演示数据已加载。如需重新加载，请先删除（设置 › 演示数据）。',
  'demo.nothingToRemove': '没有可删除的演示数据：演示数据已删除，或从未在此数据文件夹中加载。',
};
