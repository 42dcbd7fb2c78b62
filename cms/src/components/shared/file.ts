// Built from the one definition in content-types/; edit the model there, not here.
import { strapiComponents } from '@cchc/content-types';

export default strapiComponents()['shared.file'];
