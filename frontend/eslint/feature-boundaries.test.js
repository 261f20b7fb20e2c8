import { RuleTester } from 'eslint';
import { featureBoundaries } from './feature-boundaries.js';

const tester = new RuleTester({ languageOptions: { ecmaVersion: 2023, sourceType: 'module' } });
const inAreas = '/repo/frontend/src/features/areas/routes/AreasPage.tsx';

tester.run('feature-boundaries', featureBoundaries, {
  valid: [
    { filename: inAreas, code: "import { useAreas } from '../api/get-areas';" },
    { filename: inAreas, code: "import { api } from '@/lib/api';" },
    { filename: inAreas, code: "import { Button } from 'antd';" },
    { filename: '/repo/frontend/src/app/router.tsx', code: "import { AreasPage } from '@/features/areas/routes/AreasPage';" },
  ],
  invalid: [
    { filename: inAreas, code: "import { useMe } from '@/features/auth/api/get-me';", errors: [{ messageId: 'crossFeature' }] },
    { filename: inAreas, code: "import { useMe } from '../../auth/api/get-me';", errors: [{ messageId: 'crossFeature' }] },
    { filename: inAreas, code: "export { useMe } from '../../auth/api/get-me';", errors: [{ messageId: 'crossFeature' }] },
    { filename: inAreas, code: "const m = import('@/features/home/routes/HomePage');", errors: [{ messageId: 'crossFeature' }] },
    { filename: inAreas, code: "import { routes } from '@/app/router';", errors: [{ messageId: 'intoApp' }] },
  ],
});
