import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'bluecarbon:public';

/**
 * Marks a controller or route as reachable without signing in. Everything else is behind the
 * access policy; the access-matrix test lists public routes from this marker.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
