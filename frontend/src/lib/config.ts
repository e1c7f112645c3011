function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

export const config = {
  apiUrl: withoutTrailingSlash(import.meta.env.VITE_API_URL || 'http://localhost:8080'),
  keycloak: {
    url: withoutTrailingSlash(import.meta.env.VITE_KEYCLOAK_URL || 'http://localhost:8180'),
    realm: 'partnerskab',
    clientId: 'partnerskab-spa',
  },
  timeZone: 'Europe/Copenhagen',
} as const;
