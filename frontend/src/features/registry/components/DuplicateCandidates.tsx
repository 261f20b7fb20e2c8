import { ExportOutlined } from '@ant-design/icons';
import { Alert, Button, Checkbox, Flex, List, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatBirthDate } from '@/lib/birth-date';
import type { DuplicateInfo } from './duplicate-problem';

interface Props {
  duplicates: DuplicateInfo;
  /** the name being registered, to say who the candidates resemble */
  subject?: string;
  onConfirm: () => void;
  confirming: boolean;
}

/**
 * The API found people with the same name and birth date (or year) in the province. The officer checks
 * them (each opens in a new tab, the form stays) and either stops or confirms this is someone else,
 * which registers the person with `confirmedDistinctFrom` (recorded in the audit trail).
 */
export function DuplicateCandidates({ duplicates, subject, onConfirm, confirming }: Props) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState(false);
  const { candidates, hiddenCount } = duplicates;
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      title={subject ? t('registry.duplicates.titleFor', { name: subject }) : t('registry.duplicates.title')}
      description={
        <Flex vertical gap={12}>
          <Typography.Text>{t('registry.duplicates.explain')}</Typography.Text>
          {candidates.length > 0 && (
            <List
              size="small"
              bordered
              style={{ background: 'white' }}
              aria-label={t('registry.duplicates.listLabel')}
              dataSource={candidates}
              renderItem={(c) => (
                <List.Item>
                  <Flex vertical gap={2}>
                    <Link to={`/people/${c.id}`} target="_blank" rel="noopener">
                      {c.fullName} <ExportOutlined aria-label={t('registry.duplicates.newTab')} />
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {[
                        t('registry.duplicates.born', { date: formatBirthDate(c.birthDate) }),
                        c.communeName,
                        c.householdCode ? t('registry.duplicates.household', { code: c.householdCode }) : null,
                      ]
                        .filter(Boolean)
                        .join(' · ')}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          )}
          {hiddenCount > 0 && (
            <Typography.Text type="secondary">
              {candidates.length > 0 ? t('registry.duplicates.hidden', { count: hiddenCount }) : t('registry.duplicates.hiddenOnly', { count: hiddenCount })}
            </Typography.Text>
          )}
          {candidates.length > 0 || hiddenCount > 0 ? (
            <>
              <Checkbox checked={checked} onChange={(event) => setChecked(event.target.checked)}>
                {t('registry.duplicates.confirmCheck')}
              </Checkbox>
              <div>
                <Button type="primary" disabled={!checked} loading={confirming} onClick={onConfirm}>
                  {t('registry.duplicates.confirm')}
                </Button>
              </div>
            </>
          ) : null}
        </Flex>
      }
    />
  );
}
