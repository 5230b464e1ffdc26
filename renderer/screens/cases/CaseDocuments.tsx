import { useState } from 'react';
import { Alert, Select, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/contract';
import { DOC_STATUSES, type DocStatus } from '../../../core/documents';
import type { CaseDetail, ChecklistItem } from '../../../core/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useLanguage } from '../../i18n/LanguageProvider';
import { call } from '../../lib/api';
import { instantDateTime } from '../../lib/dates';
import { NotNeededModal, type NotNeededTarget } from './NotNeededModal';

interface Props {
  detail: Pick<CaseDetail, 'id' | 'checklist' | 'readiness'>;
  disabled?: boolean;
  onChanged?: () => void;
}

/** The checklist from the rule versions: each document's status, and whether the case can be filed. */
export function CaseDocuments({ detail, disabled, onChanged }: Props) {
  const { t } = useTranslation();
  const { lang } = useLanguage();
  const [error, setError] = useState<ApiError | null>(null);
  const [reasonFor, setReasonFor] = useState<NotNeededTarget | null>(null);
  const nameOf = (id: string) =>
    detail.checklist.find((d) => d.documentId === id)?.name[lang] ?? id;
  const options = DOC_STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }));

  const setStatus = async (item: ChecklistItem, status: DocStatus) => {
    setError(null);
    const { documentId, note, validUntil } = item;
    if (status === 'notNeeded') {
      setReasonFor({ caseId: detail.id, documentId, name: nameOf(documentId), note, validUntil });
      return;
    }
    // The note and validity date stay as they are; only the status changes.
    const result = await call('documents.set', {
      caseId: detail.id,
      documentId,
      status,
      note,
      validUntil,
    });
    if (result.ok) onChanged?.();
    else setError(result.error);
  };

  if (detail.checklist.length === 0)
    return (
      <Text c="dimmed" size="sm">
        {t('documents.empty')}
      </Text>
    );

  const { readiness } = detail;
  return (
    <Stack gap="sm">
      {readiness.ready ? (
        <Alert
          color="teal"
          variant="light"
          role="status"
          icon={<IconCircleCheck size={18} aria-hidden />}
        >
          <Text fw={500}>{t('documents.ready')}</Text>
        </Alert>
      ) : (
        <Alert
          color="yellow"
          variant="light"
          role="status"
          icon={<IconAlertTriangle size={18} aria-hidden />}
        >
          <Text fw={500}>
            {t('documents.missing', {
              list: readiness.missing.map(nameOf).join(t('documents.listSeparator')),
            })}
          </Text>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing="xs">
          <Table.Tbody>
            {detail.checklist.map((item) => (
              <Table.Tr key={item.documentId}>
                <Table.Td>
                  <Text fw={500}>{item.name[lang]}</Text>
                  {item.note && (
                    <Text size="sm" c="dimmed">
                      {item.note}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td w={180}>
                  <Select
                    aria-label={item.name[lang]}
                    data={options}
                    value={item.status}
                    allowDeselect={false}
                    disabled={disabled}
                    onChange={(v) => v && void setStatus(item, v as DocStatus)}
                  />
                </Table.Td>
                <Table.Td>
                  {item.updatedAt && (
                    <Text size="xs" c="dimmed">
                      {t('documents.updated', {
                        who: item.updatedBy || t('case.unknownActor'),
                        when: instantDateTime(item.updatedAt),
                      })}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <NotNeededModal target={reasonFor} onClose={() => setReasonFor(null)} onSaved={onChanged} />
    </Stack>
  );
}
