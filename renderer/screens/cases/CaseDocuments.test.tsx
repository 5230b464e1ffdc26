// @vitest-environment jsdom
import '../../test/setup';
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { preparingCase } from '../../test/caseFixture';
import { installFakeBackend } from '../../test/fakeBackend';
import { renderApp } from '../../test/renderApp';

const detail = preparingCase([
  ['repair-application', 'Repair application', '信用修复申请书'],
  ['business-licence', 'Business licence', '营业执照'],
]);

describe('CaseDocuments', () => {
  it('names what is missing, and asks why a document is not needed before saving it', async () => {
    const backend = installFakeBackend({
      'cases.get': () => detail,
      'documents.set': () => detail,
    });
    renderApp('/cases/7?tab=documents');
    const user = userEvent.setup();

    expect(await screen.findByText('Missing: Repair application, Business licence')).toBeTruthy();
    await user.click(screen.getByRole('combobox', { name: 'Repair application' }));
    await user.click(await screen.findByRole('option', { name: 'Received' }));
    expect(backend.callsTo('documents.set')[0]).toMatchObject({
      caseId: 7,
      documentId: 'repair-application',
      status: 'received',
    });

    await user.click(screen.getByRole('combobox', { name: 'Business licence' }));
    await user.click(await screen.findByRole('option', { name: 'Not needed' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Why is “Business licence” not needed?',
    });
    expect(backend.callsTo('documents.set')).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(dialog).findByText(/Say why this document is not needed/)).toBeTruthy();
    await user.type(
      within(dialog).getByRole('textbox', { name: 'Reason' }),
      'The authority holds it already.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(backend.callsTo('documents.set')[1]).toMatchObject({
      documentId: 'business-licence',
      status: 'notNeeded',
      note: 'The authority holds it already.',
    });
  });
});
