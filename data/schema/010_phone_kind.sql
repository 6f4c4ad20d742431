-- What a number is for (reception, helpline, emergency…), so that a referral sheet can say it
-- in the person's language; the free label stays the directory's own wording.
ALTER TABLE phones ADD COLUMN kind TEXT
    CHECK (kind IN ('reception', 'helpline', 'emergency', 'whatsapp', 'appointments', 'office'));
