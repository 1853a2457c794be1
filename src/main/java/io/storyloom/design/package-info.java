/**
 * The book's design data — how its characters look, its art direction, the moment each page shows —
 * as one set of records that the writer of the prompts, the generator, the stored story and the
 * exporters share. A leaf: it depends on no other feature.
 */
package io.storyloom.design;
