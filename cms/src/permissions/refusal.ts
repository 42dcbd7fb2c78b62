/**
 * A refusal with a reason the person should read ("Bạn chỉ sửa được nội dung của cơ quan
 * mình."), answered 403. Strapi's route wrapper turns every ForbiddenError thrown below it into
 * a bare "Forbidden" (compose-endpoint's authorize step) except a PolicyError, which it lets
 * through with its message: so every refusal of ours is one.
 */
import { errors } from '@strapi/utils';

export class Refusal extends errors.PolicyError {
  constructor(message: string) {
    super(message);
  }
}

export const refuse = (message: string): never => {
  throw new Refusal(message);
};
