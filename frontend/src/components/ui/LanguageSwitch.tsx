import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

/** vi / EN switch; the choice is remembered and sent to the API as Accept-Language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage === 'en' ? 'en' : 'vi';
  return (
    <Segmented
      size="small"
      aria-label={t('language.label')}
      value={language}
      onChange={(value) => void i18n.changeLanguage(String(value))}
      options={[
        { value: 'vi', label: <span title={t('language.vi')} lang="vi">VI</span> },
        { value: 'en', label: <span title={t('language.en')} lang="en">EN</span> },
      ]}
    />
  );
}
