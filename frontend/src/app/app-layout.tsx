import { Anchor, AppShell, Box, Burger, Button, Flex, Group, NavLink } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink as RouterNavLink, Outlet, useLocation } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { usePartnershipScope } from '../lib/use-partnership-scope';
import { HeaderSearch } from '../features/search/header-search';
import { logout } from '../lib/auth';
import classes from './app-layout.module.css';
import { paths } from './paths';
import { LanguageSwitch } from './language-switch';
import { SiteFooter } from './site-footer';
import { UserSummary } from './user-summary';

const MAIN_CONTENT_ID = 'main-content';
const NAVIGATION_ID = 'main-navigation';

export function AppLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  const [navigationOpen, { toggle, close }] = useDisclosure(false);
  const scope = usePartnershipScope() ?? 'mine';
  const onSearchPage = location.pathname.startsWith(paths.search());
  const navigation = [
    { to: paths.partnerships(), label: t(`nav.partnerships.${scope}`) },
    { to: paths.search(), label: t('nav.search') },
    { to: paths.myFollowUps(), label: t('nav.followUps') },
    { to: paths.myReporting(), label: t('nav.reporting') },
    { to: paths.calendar(), label: t('nav.calendarFeed') },
    { to: paths.organisations(), label: t('nav.organisations') },
  ];

  return (
    <AppShell
      header={{ height: { base: 112, sm: 64 } }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
      padding="lg"
    >
      <a href={`#${MAIN_CONTENT_ID}`} className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <Flex
          h="100%"
          px="md"
          direction={{ base: 'column', sm: 'row' }}
          justify={{ base: 'center', sm: 'space-between' }}
          align={{ base: 'stretch', sm: 'center' }}
          gap={{ base: 'xs', sm: 'md' }}
        >
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
              aria-expanded={navigationOpen}
              aria-controls={NAVIGATION_ID}
            />
            <Anchor component={Link} to={paths.partnerships()} className={classes.brand} size="lg">
              {t('app.name')}
            </Anchor>
          </Group>
          {/* The search page has a field of its own; on narrow screens the menu links to it. */}
          {!onSearchPage && (
            <Box visibleFrom="md" className={classes.search}>
              <HeaderSearch />
            </Box>
          )}
          <Group gap="sm" wrap="nowrap" justify="space-between" className={classes.account}>
            <UserSummary />
            <div className={classes.controls}>
              <LanguageSwitch />
              <Button variant="default" size="sm" onClick={() => void logout()}>
                {t('header.logout')}
              </Button>
            </div>
          </Group>
        </Flex>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id={NAVIGATION_ID} aria-label={t('nav.label')}>
        {navigation.map((link) => (
          <NavLink
            key={link.to}
            className={classes.navLink}
            component={RouterNavLink}
            to={link.to}
            label={link.label}
            active={location.pathname.startsWith(link.to)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <Suspense fallback={<LoadingState label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <SiteFooter className={classes.footer} />
    </AppShell>
  );
}
