// Built from the one definition in content-types/; edit the model there, not here.
import { strapiSchemaOf } from '@cchc/content-types';

export default strapiSchemaOf('reform-area');
