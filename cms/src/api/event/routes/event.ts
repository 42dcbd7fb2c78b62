import { publicReadRouter } from '../../../public-api/router';

// Read-only, through the public allow-list: writes go through the admin panel.
export default publicReadRouter('event');
