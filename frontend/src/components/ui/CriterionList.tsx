import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

export interface CriterionResult {
  code: string;
  passed: boolean;
  reasonVi: string;
  reasonEn: string;
  legalBasis?: string | null;
}

/** Each criterion of a group, ticked or crossed, with why and the article it comes from. */
export function CriterionList({ criteria }: { criteria: readonly CriterionResult[] }) {
  const { t, i18n } = useTranslation();
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {criteria.map((c) => {
        const reason = i18n.language === 'en' ? c.reasonEn : c.reasonVi;
        return (
          <li key={c.code} style={{ padding: '4px 0' }}>
            <Flex gap={8} align="flex-start">
              {c.passed ? (
                <CheckCircleFilled style={{ color: '#389e0d', marginTop: 4 }} role="img" aria-label={t('eligibility.passed')} />
              ) : (
                <CloseCircleFilled style={{ color: '#cf1322', marginTop: 4 }} role="img" aria-label={t('eligibility.failed')} />
              )}
              <div>
                <Typography.Text>{reason}</Typography.Text>
                {c.legalBasis && (
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {c.legalBasis}
                    </Typography.Text>
                  </div>
                )}
              </div>
            </Flex>
          </li>
        );
      })}
    </ul>
  );
}
