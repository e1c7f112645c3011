import { ActionIcon, Group, Title } from '@mantine/core';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './partnership-detail-page.module.css';

/**
 * The partnership's name on one line, cut with an ellipsis when it is longer. The whole name is in
 * the `title` for a mouse, and a button shows it on more lines for touch and keyboard.
 */
export function PartnershipTitle({ name }: { name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLHeadingElement>(null);
  const [cut, setCut] = useState(false);
  const [expanded, setExpanded] = useState(false);

  useLayoutEffect(() => {
    const heading = ref.current;
    if (!heading) {
      return undefined;
    }
    const update = () => setCut(heading.scrollWidth > heading.clientWidth);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(heading);
    return () => observer.disconnect();
  }, [name]);

  return (
    <Group gap="xs" wrap="nowrap" align="center" className={classes.titleRow}>
      <Title
        ref={ref}
        id={id}
        order={1}
        className={expanded ? classes.titleFull : classes.title}
        title={name}
      >
        {name}
      </Title>
      {(cut || expanded) && (
        <ActionIcon
          variant="subtle"
          color="blue.8"
          size="lg"
          aria-expanded={expanded}
          aria-controls={id}
          aria-label={expanded ? t('partnership.titleCollapse') : t('partnership.titleExpand')}
          onClick={() => setExpanded((open) => !open)}
        >
          <span aria-hidden="true">{expanded ? '▴' : '▾'}</span>
        </ActionIcon>
      )}
    </Group>
  );
}
