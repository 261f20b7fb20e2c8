import { Input, type InputProps } from 'antd';
import { useEffect, useState } from 'react';

const DEBOUNCE_MS = 350;
const trim = (text: string) => text.trim();

/**
 * A text filter that applies itself once typing pauses (or on Enter), and follows the URL when it
 * changes from outside (back button, a link). `normalize` must be stable (defined outside the component).
 */
export function DebouncedInput({
  value,
  onCommit,
  normalize = trim,
  ...rest
}: Omit<InputProps, 'value' | 'onChange'> & { value: string; onCommit: (value: string) => void; normalize?: (text: string) => string }) {
  const [text, setText] = useState(value);
  const [lastValue, setLastValue] = useState(value);

  if (value !== lastValue) {
    setLastValue(value);
    if (value !== normalize(text)) setText(value);
  }

  useEffect(() => {
    const wanted = normalize(text);
    if (wanted === value) return undefined;
    const timer = setTimeout(() => onCommit(wanted), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onCommit, normalize]);

  return (
    <Input
      {...rest}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => onCommit(normalize(text))}
    />
  );
}
