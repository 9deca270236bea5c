import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { StoredSections } from '@app/contracts';

export interface StoredPersonal {
  displayName?: string;
  phone?: string;
  email?: string;
}

/** A person's profile. `sections` holds every section but contact data, which has its own column. */
@Entity({ name: 'profiles' })
export class ProfileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'text' })
  status!: 'active' | 'erased';

  @Column({ type: 'jsonb', nullable: true })
  personal!: StoredPersonal | null;

  @Column({ type: 'jsonb' })
  sections!: StoredSections;

  @Column({ name: 'idempotency_key', type: 'text', nullable: true })
  idempotencyKey!: string | null;

  @Column({ name: 'request_hash', type: 'text', nullable: true })
  requestHash!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt!: Date | null;
}
