/** English strings of the history chain: Settings › Integrity and the red banner. zh.chain.ts mirrors them. */
export const enChain = {
  integrity: {
    title: 'Integrity',
    intro:
      'Every change is written to the history log as a link in a chain: each entry holds a fingerprint (hash) of the one before. Changing, removing or reordering an entry outside Xiufu breaks the chain, and Xiufu says where.',
    intact_one: 'The history log is intact: {{count}} entry, verified {{time}}.',
    intact_other: 'The history log is intact: {{count}} entries, verified {{time}}.',
    notYet: 'The history log has not been verified since Xiufu started. Choose “Verify now”.',
    brokenShort: 'The history log does not hold: see the red notice above.',
    verifyNow: 'Verify now',
    verifying: 'Verifying the history log',
    percent: '{{percent}}%',
    checkpoint: 'Checkpoint',
    checkpointHint:
      'The chain’s head now. Keep it somewhere else (paper, e-mail, another drive): later, it proves that nothing before it was rewritten.',
    checkpointText: 'Entries: {{entries}} · Taken: {{time}}',
    hash: 'Hash',
    copy: 'Copy',
    copyLabel: 'Copy the checkpoint',
    copied: 'Copied',
    save: 'Save to file',
    saveLabel: 'Save the checkpoint to a file',
    checkTitle: 'Check a saved checkpoint',
    checkText: 'Saved checkpoint',
    checkTextHint: 'Paste the text of a saved checkpoint, or open its file.',
    open: 'Open a file…',
    check: 'Check',
    holds:
      'This checkpoint holds: the chain still has its hash at entry {{id}} ({{entries}} entries, taken {{time}}). Nothing before it was rewritten.',
    rewritten:
      'This checkpoint no longer holds: the history up to entry {{id}} (taken {{time}}) was rewritten since.',
    rewrittenAt: 'Now at that place: {{entry}}.',
    unreadable: 'The file could not be read. Choose the file “Save to file” wrote.',
  },
  chainBanner: {
    title: 'The history log was changed outside Xiufu',
    entry: 'entry {{id}} — {{what}} ({{entity}} {{entityId}}), by {{actor}} on {{time}}',
    entryGone: 'entries that are no longer there',
    edited: 'Found at {{entry}}: it was edited after it was written ({{part}}).',
    part: { content: 'what changed', facts: 'who, when or what it is about' },
    deleted: 'Found at {{entry}}: the entry before it was deleted.',
    inserted: 'Found at {{entry}}: it was put in afterwards; Xiufu did not write it.',
    reordered: 'Found at {{entry}}: it was moved from its place in the log.',
    erased: 'Found at {{entry}}: its content was removed without an erasure recorded for it.',
    rewritten:
      'The history was rewritten after entry {{afterId}}: a checkpoint of {{time}} ({{entries}} entries) no longer holds. First entry affected: {{entry}}.',
    rewrittenStart:
      'The history was rewritten from its start: a checkpoint of {{time}} ({{entries}} entries) no longer holds. First entry affected: {{entry}}.',
    todo: 'What to do: keep this data folder exactly as it is, as evidence (copy it to another drive). Then restore a backup made before the change (Settings › Backups) and check the history since.',
  },
};
