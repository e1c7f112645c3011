import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './app-layout';
import { NotFoundPage } from './not-found-page';
import { RouteErrorPage } from './route-error-page';

const PartnershipListPage = lazy(() =>
  import('../features/partnerships/partnership-list-page').then((module) => ({
    default: module.PartnershipListPage,
  })),
);
const PartnershipDetailPage = lazy(() =>
  import('../features/partnerships/partnership-detail-page').then((module) => ({
    default: module.PartnershipDetailPage,
  })),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/partnerskaber" replace /> },
      { path: 'partnerskaber', element: <PartnershipListPage /> },
      { path: 'partnerskaber/:id', element: <PartnershipDetailPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
