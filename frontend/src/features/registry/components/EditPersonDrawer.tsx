import { App, Drawer, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonView } from '../api/get-person';
import { useUpdatePerson } from '../api/update-person';
import { PersonForm } from './PersonForm';
import { toFormValues, toPatch } from './person-form-values';

/**
 * Edits a person as read (`version`): if someone saved a change meanwhile, the API answers 412 and the
 * drawer says so; "reload" brings the latest values into the form.
 */
export function EditPersonDrawer({ person, onClose, onReload }: { person: PersonView; onClose: () => void; onReload: () => Promise<PersonView | undefined> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const update = useUpdatePerson();
  const [current, setCurrent] = useState(person);
  // a new key remounts the form with the reloaded values
  const [formKey, setFormKey] = useState(0);

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('registry.person.editTitle', { name: person.fullName })}
      size={screens.lg ? 760 : '100%'}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      <PersonForm
        key={formKey}
        formName="edit-person"
        initialValues={toFormValues(current)}
        withRelation={!!current.household}
        submitLabel={t('registry.person.save')}
        onSubmit={async (values, confirmedDistinctFrom) => {
          const patch = toPatch(values, current);
          // a changed name or birth date can look like someone else: the officer confirmed they are not
          if (confirmedDistinctFrom.length > 0) patch.confirmedDistinctFrom = confirmedDistinctFrom;
          if (Object.keys(patch).length === 0) {
            void message.info(t('registry.person.nothingChanged'));
            onClose();
            return;
          }
          await update.mutateAsync({ id: current.id, version: current.version, patch });
          void message.success(t('registry.person.saved'));
          onClose();
        }}
        onStale={() => {
          void onReload().then((latest) => {
            if (latest) setCurrent(latest);
            setFormKey((k) => k + 1);
          });
        }}
        onCancel={onClose}
      />
    </Drawer>
  );
}
