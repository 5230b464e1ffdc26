// @vitest-environment jsdom
import '../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import { TextInput } from '@mantine/core';
import { installFakeBackend } from '../test/fakeBackend';
import { renderWithProviders } from '../test/renderApp';
import { DialogForm } from './DialogForm';
import { FormModal } from './FormModal';
import { ConfirmButton } from './ConfirmButton';
import userEvent from '@testing-library/user-event';

const dialog = (
  <FormModal opened onClose={() => undefined} title="Add item">
    <DialogForm
      onSubmit={async () => undefined}
      onCancel={() => undefined}
      submitLabel="Add"
      submitting={false}
      apiError={null}
    >
      <TextInput label="Name" />
      <TextInput label="Note" />
    </DialogForm>
  </FormModal>
);

describe('dialogs', () => {
  it('name their close button and open on the first field', async () => {
    installFakeBackend({});
    renderWithProviders(dialog);
    expect(await screen.findByRole('button', { name: 'Close' })).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Name')));
  });

  it('name the close button in Chinese', async () => {
    installFakeBackend({}, { language: 'zh', userName: '李娜' });
    renderWithProviders(dialog);
    expect(await screen.findByRole('button', { name: '关闭' })).toBeTruthy();
  });

  it('open a confirmation on its safe choice, Cancel', async () => {
    installFakeBackend({});
    renderWithProviders(
      <ConfirmButton
        label="Remove"
        title="Remove it?"
        text="It goes."
        confirmLabel="Remove"
        onConfirm={async () => undefined}
      />,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Remove' }));
    await waitFor(() =>
      expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' })),
    );
  });
});
