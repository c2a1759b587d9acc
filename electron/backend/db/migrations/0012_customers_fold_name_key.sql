-- Customers' name keys folded as search now folds them (no accents, no case, one sigma):
-- fold_text is shared/text-fold.ts, registered on every connection before migrations run.
UPDATE `customers` SET `name_key` = fold_text(`name`);
