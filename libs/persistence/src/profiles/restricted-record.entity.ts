import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { AuthorisationKind, GENDERS } from '@app/contracts';

/** The restricted record of one profile (separate table; access only through RestrictedRecordService, audited). */
@Entity({ name: 'profile_restricted' })
export class RestrictedRecordEntity {
  @PrimaryColumn({ name: 'profile_id', type: 'uuid' })
  profileId!: string;

  @Column({ name: 'authorisation_kind', type: 'text' })
  authorisationKind!: AuthorisationKind;

  @Column({ name: 'allows_work', type: 'boolean', nullable: true })
  allowsWork!: boolean | null;

  @Column({ name: 'allows_training', type: 'boolean', nullable: true })
  allowsTraining!: boolean | null;

  /** TypeORM hands `date` columns over as 'YYYY-MM-DD' strings. */
  @Column({ name: 'expires_on', type: 'date', nullable: true })
  expiresOn!: string | null;

  @Column({ type: 'text', nullable: true })
  nationality!: string | null;

  @Column({ type: 'text', nullable: true })
  gender!: (typeof GENDERS)[number] | null;

  @Column({ name: 'date_of_birth', type: 'date', nullable: true })
  dateOfBirth!: string | null;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
