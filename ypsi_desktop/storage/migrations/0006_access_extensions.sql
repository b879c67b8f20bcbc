-- A subject access request's deadline extended by two further months (UK GDPR art. 12(3):
-- complex or numerous requests), decided and told to the requester within the first month,
-- with the reason recorded.
ALTER TABLE subject_access_requests ADD COLUMN extended_on TEXT;
ALTER TABLE subject_access_requests ADD COLUMN extension_reason TEXT NOT NULL DEFAULT ''
    CHECK (length(extension_reason) <= 1000);
