import { Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { BirthDateField } from './BirthDateField';
import { EthnicGroupSelect } from './EthnicGroupSelect';

const SEXES = ['MALE', 'FEMALE'] as const;

/**
 * The fields that say who a person is: name, birth date, sex, ethnic group, ID number, phone.
 * Used by the person form and by each member row of the household form (`prefix` = the row's name path);
 * field names mirror the API's, so its field errors land under them.
 */
export function PersonIdentityFields({
  prefix = [],
  listPrefix = [],
}: {
  /** the name path of the fields' parent, as Form.Item sees it (inside a Form.List: the row's index) */
  prefix?: (string | number)[];
  /** inside a Form.List: the list's own name, which Form.Item adds itself but a watch needs */
  listPrefix?: (string | number)[];
}) {
  const { t } = useTranslation();
  const name = (field: string) => [...prefix, field];
  return (
    <Row gutter={16}>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('fullName')}
          label={t('registry.person.fullName')}
          rules={[
            { required: true, whitespace: true, message: t('registry.person.fullNameRequired') },
            { max: 100, message: t('registry.person.fullNameTooLong') },
          ]}
        >
          <Input autoComplete="off" maxLength={100} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <BirthDateField name={name('birthDate')} watchName={[...listPrefix, ...name('birthDate')]} />
      </Col>
      <Col xs={24} md={12}>
        <Form.Item name={name('sex')} label={t('registry.person.sex')} rules={[{ required: true, message: t('registry.person.sexRequired') }]}>
          <Radio.Group options={SEXES.map((s) => ({ value: s, label: t(`registry.sex.${s}`) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('ethnicGroupCode')}
          label={t('registry.person.ethnicGroup')}
          rules={[{ required: true, message: t('registry.person.ethnicGroupRequired') }]}
        >
          <EthnicGroupSelect />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('nationalId')}
          label={t('registry.person.nationalId')}
          extra={t('registry.person.nationalIdHelp')}
          validateTrigger="onBlur"
          normalize={(value: string) => value.replace(/\s+/g, '')}
          rules={[{ pattern: /^\d{12}$/, message: t('registry.person.nationalIdFormat') }]}
        >
          <Input inputMode="numeric" autoComplete="off" maxLength={14} />
        </Form.Item>
      </Col>
      <Col xs={24} md={12}>
        <Form.Item
          name={name('phone')}
          label={t('registry.person.phone')}
          validateTrigger="onBlur"
          normalize={(value: string) => value.replace(/[\s.]+/g, '')}
          rules={[{ pattern: /^(0|\+84)\d{9,10}$/, message: t('registry.person.phoneFormat') }]}
        >
          <Input type="tel" inputMode="tel" autoComplete="off" maxLength={16} />
        </Form.Item>
      </Col>
    </Row>
  );
}
