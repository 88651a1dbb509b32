-- Version 8 of a team workbook, as migrations/0008: the first response, their reading of the breach and the
-- verdict's further inputs. PostgreSQL widens the CHECK constraints in place (the names it gave them); nothing
-- is rebuilt.
ALTER TABLE understanding DROP CONSTRAINT understanding_breach_override_check;
ALTER TABLE understanding ADD CONSTRAINT understanding_breach_override_check
    CHECK (breach_override IN ('competence', 'benevolence', 'integrity'));
ALTER TABLE understanding ADD COLUMN their_reading TEXT CHECK (their_reading IN ('cannot_do_it', 'do_not_care', 'not_straight'));
ALTER TABLE understanding ADD COLUMN repeat_expected TEXT CHECK (repeat_expected IN ('yes', 'no', 'not_sure'));
ALTER TABLE incident DROP CONSTRAINT incident_kind_check;
ALTER TABLE incident ADD CONSTRAINT incident_kind_check
    CHECK (kind IN ('missed_deadline', 'deal_fell_through', 'below_expectations', 'miscommunication',
                    'misunderstanding', 'breach_of_trust', 'another_client_put_first', 'indifference',
                    'concealment', 'other'));
ALTER TABLE rebuilding DROP CONSTRAINT rebuilding_outcome_check;
ALTER TABLE rebuilding ADD CONSTRAINT rebuilding_outcome_check
    CHECK (outcome IN ('restored', 'stronger_than_before', 'continued_with_safeguards', 'let_go'));
ALTER TABLE assessment ADD COLUMN door TEXT CHECK (door IN ('still_talking', 'gone_quiet', 'signed_elsewhere'));
ALTER TABLE assessment ADD COLUMN at_fault TEXT CHECK (at_fault IN ('us', 'them', 'both'));
ALTER TABLE assessment ADD COLUMN their_trustworthiness INTEGER;
ALTER TABLE assessment ADD COLUMN chance_of_repeat INTEGER;
ALTER TABLE assessment ADD COLUMN first_response_acknowledged_on TEXT;
ALTER TABLE assessment ADD COLUMN first_response_regret_expressed INTEGER NOT NULL DEFAULT 0
    CHECK (first_response_regret_expressed IN (0, 1));
ALTER TABLE assessment ADD COLUMN first_response_account_promised_by TEXT;
ALTER TABLE assessment ADD COLUMN first_response_harm_contained TEXT NOT NULL DEFAULT '';
ALTER TABLE assessment ADD COLUMN first_response_who_calls TEXT NOT NULL DEFAULT '';
