// Local ESLint rule: a feature (src/features/X) may import shared code (src/lib, src/components,
// src/i18n) and its own files, but never another feature nor the app that composes them.
// Paths are resolved, so `../../areas/api`, `@/features/areas` and `src/features/areas` are all caught.
import path from 'node:path';

const FEATURE = /[\\/]src[\\/]features[\\/]([^\\/]+)/;
const APP = /[\\/]src[\\/]app(?:[\\/]|$)/;

function resolveTarget(filename, specifier) {
  const srcIndex = filename.search(/[\\/]src[\\/]/);
  if (srcIndex < 0) return null;
  const srcDir = filename.slice(0, srcIndex + 4);
  if (specifier.startsWith('@/')) return path.join(srcDir, specifier.slice(2));
  if (specifier.startsWith('src/')) return path.join(srcDir, specifier.slice(4));
  if (specifier.startsWith('.')) return path.resolve(path.dirname(filename), specifier);
  return null;
}

export const featureBoundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports between features and from features into src/app' },
    schema: [],
    messages: {
      crossFeature:
        "Feature '{{from}}' may not import from feature '{{to}}'. Move what both need to src/lib or src/components, or compose them in src/app.",
      intoApp: "Feature '{{from}}' may not import from src/app; the app composes features, not the other way round.",
    },
  },
  create(context) {
    const filename = context.filename;
    const own = FEATURE.exec(filename);
    if (!own) return {};
    const from = own[1];
    const check = (node) => {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return;
      const target = resolveTarget(filename, node.value);
      if (!target) return;
      const other = FEATURE.exec(target);
      if (other && other[1] !== from) {
        context.report({ node, messageId: 'crossFeature', data: { from, to: other[1] } });
      } else if (APP.test(target)) {
        context.report({ node, messageId: 'intoApp', data: { from } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    };
  },
};

export default {
  meta: { name: 'ansinh' },
  rules: { 'feature-boundaries': featureBoundaries },
};
