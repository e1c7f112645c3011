import { Menu, UnstyledButton } from '@mantine/core';
import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchPath, NavLink, useLocation } from 'react-router';
import { paths } from '../../app/paths';
import classes from './partnership-detail-page.module.css';
import { tabsThatFit } from './tab-overflow';

const SECTIONS = [
  'meetings',
  'decisions',
  'workingGroups',
  'dashboard',
  'goals',
  'indicators',
  'activities',
  'proposals',
  'members',
  'history',
] as const;

/**
 * Links to the pages of one partnership on one line; the current one is marked for screen readers
 * too. Those that do not fit go into a "Mere" menu, so the page's content starts high up also on a
 * phone. Each tab is measured in a hidden copy of the line, which keeps every tab's width known
 * however many are shown.
 */
export function PartnershipNav({ id }: { id: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links = [
    { to: paths.partnership(id), label: t('partnership.nav.agreement'), end: true },
    ...SECTIONS.map((section) => ({
      to: paths.section(id, section),
      label: t(`partnership.nav.${section}`),
      end: false,
    })),
  ];
  const navRef = useRef<HTMLElement>(null);
  const measureRef = useRef<HTMLUListElement>(null);
  const [shown, setShown] = useState(links.length);
  const labels = links.map((link) => link.label).join('\n');

  useLayoutEffect(() => {
    const nav = navRef.current;
    const measure = measureRef.current;
    if (!nav || !measure) {
      return undefined;
    }
    const update = () => {
      const widths = Array.from(measure.children, (item) => (item as HTMLElement).offsetWidth);
      const more = widths.pop() ?? 0;
      const gap = Number.parseFloat(getComputedStyle(measure).columnGap) || 0;
      setShown(tabsThatFit(widths, nav.clientWidth, more, gap));
    };
    update();
    // The line's width changes with the window; the tabs' widths when a web font arrives.
    const observer = new ResizeObserver(update);
    observer.observe(nav);
    observer.observe(measure);
    return () => observer.disconnect();
  }, [labels]);

  const inMenu = links.slice(shown);
  const currentInMenu = inMenu.some(
    (link) => matchPath({ path: link.to, end: link.end }, pathname) !== null,
  );
  return (
    <nav ref={navRef} aria-label={t('partnership.nav.label')} className={classes.nav}>
      <ul className={classes.navList}>
        {links.slice(0, shown).map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className={classes.navLink}>
              {link.label}
            </NavLink>
          </li>
        ))}
        {inMenu.length > 0 && (
          <li>
            <Menu position="bottom-end" shadow="md">
              <Menu.Target>
                <UnstyledButton
                  className={classes.navLink}
                  data-current={currentInMenu || undefined}
                  aria-label={
                    currentInMenu
                      ? t('partnership.nav.moreCurrent', {
                          current: inMenu.find(
                            (link) =>
                              matchPath({ path: link.to, end: link.end }, pathname) !== null,
                          )?.label,
                        })
                      : undefined
                  }
                >
                  {t('partnership.nav.more')}
                  <span aria-hidden="true"> ▾</span>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                {inMenu.map((link) => (
                  <Menu.Item
                    key={link.to}
                    component={NavLink}
                    to={link.to}
                    end={link.end}
                    className={classes.menuLink}
                  >
                    {link.label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </li>
        )}
      </ul>
      <div className={classes.measure} aria-hidden="true">
        <ul ref={measureRef} className={classes.measureList}>
          {links.map((link) => (
            <li key={link.to}>
              <span className={classes.navLink}>{link.label}</span>
            </li>
          ))}
          <li>
            <span className={classes.navLink}>{t('partnership.nav.more')} ▾</span>
          </li>
        </ul>
      </div>
    </nav>
  );
}
