import { useEffect, useMemo } from 'react';
import { RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor, type JSONContent } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useTranslation } from 'react-i18next';
import type { LetterDoc } from '../../../core/documents';
import '@mantine/tiptap/styles.css';

/**
 * What a letter may hold (core/documents/letter-doc): StarterKit without the blocks and
 * marks a letter to an authority has no use for, so pasted code, quotes, rules, links or
 * struck text arrive as plain paragraphs and the document always fits the schema.
 */
const EXTENSIONS = [
  StarterKit.configure({
    heading: { levels: [1, 2, 3] },
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    link: false,
    hardBreak: false,
  }),
];

/**
 * The letter's one rich-text editor. `doc` is its first content; a new `docKey` (a new
 * draft, a reopened version) puts a new document in. Every change goes to `onChange`.
 */
export function LetterEditor({
  doc,
  docKey,
  onChange,
  invalid,
  describedBy,
}: {
  doc: LetterDoc;
  docKey: string;
  onChange: (doc: JSONContent) => void;
  invalid: boolean;
  describedBy?: string;
}) {
  const { t } = useTranslation();
  const labels = useMemo<Partial<RichTextEditorLabels>>(
    () => ({
      boldControlLabel: t('letterEditor.toolbar.bold'),
      italicControlLabel: t('letterEditor.toolbar.italic'),
      underlineControlLabel: t('letterEditor.toolbar.underline'),
      h1ControlLabel: t('letterEditor.toolbar.h1'),
      h2ControlLabel: t('letterEditor.toolbar.h2'),
      h3ControlLabel: t('letterEditor.toolbar.h3'),
      bulletListControlLabel: t('letterEditor.toolbar.bulletList'),
      orderedListControlLabel: t('letterEditor.toolbar.orderedList'),
      undoControlLabel: t('letterEditor.toolbar.undo'),
      redoControlLabel: t('letterEditor.toolbar.redo'),
      clearFormattingControlLabel: t('letterEditor.toolbar.clearFormatting'),
    }),
    [t],
  );
  const attributes = {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': t('letterEditor.editor'),
    'aria-invalid': String(invalid),
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    spellcheck: 'false',
  };
  const editor = useEditor({
    extensions: EXTENSIONS,
    content: doc,
    editorProps: { attributes },
    onUpdate: ({ editor: e }) => onChange(e.getJSON()),
  });

  // The accessible name follows the language; the content only a new document replaces.
  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes } });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, t, invalid, describedBy]);
  useEffect(() => {
    if (editor && !editor.isDestroyed) editor.commands.setContent(doc, { emitUpdate: false });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, docKey]);

  return (
    <RichTextEditor editor={editor} labels={labels} className="letter-editor">
      <RichTextEditor.Toolbar sticky stickyOffset={0}>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Bold />
          <RichTextEditor.Italic />
          <RichTextEditor.Underline />
          <RichTextEditor.ClearFormatting />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.H1 />
          <RichTextEditor.H2 />
          <RichTextEditor.H3 />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.BulletList />
          <RichTextEditor.OrderedList />
        </RichTextEditor.ControlsGroup>
        <RichTextEditor.ControlsGroup>
          <RichTextEditor.Undo />
          <RichTextEditor.Redo />
        </RichTextEditor.ControlsGroup>
      </RichTextEditor.Toolbar>
      <RichTextEditor.Content />
    </RichTextEditor>
  );
}
