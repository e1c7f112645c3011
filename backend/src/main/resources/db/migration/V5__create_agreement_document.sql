-- The signed agreement of a term, as an uploaded PDF. Kept in the database so that backups and
-- access checks cover it like everything else; one current document per term.
CREATE TABLE agreement_document (
    id              uuid PRIMARY KEY,
    partnership_id  uuid         NOT NULL,
    term_id         uuid         NOT NULL,
    filename        varchar(255) NOT NULL,
    size_bytes      integer      NOT NULL,
    sha256          char(64)     NOT NULL,
    content         bytea        NOT NULL,
    uploaded_at     timestamptz  NOT NULL,
    uploaded_by     varchar(200) NOT NULL,
    CONSTRAINT agreement_document_partnership_fk FOREIGN KEY (partnership_id) REFERENCES partnership (id) ON DELETE CASCADE,
    CONSTRAINT agreement_document_term_fk FOREIGN KEY (term_id) REFERENCES term (id) ON DELETE CASCADE,
    CONSTRAINT agreement_document_term_uk UNIQUE (term_id)
);
