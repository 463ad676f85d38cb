#!/usr/bin/env perl
# Writes the word file for the grep baseline: the words the claim rules search for, one a line,
# lower case, sorted, without duplicates. `grep -c -F -i -f` with this file is the speed EditLint aims at.
#
#   perl bench/make-lexicon.pl rules/EL2001.superlatives.json rules/EL2002.temporal.json > lexicon.txt
#
# A term is a word or phrase a rule searches for: EL2001's superlatives ("irregular", "estSuperlatives"),
# "most"/"least", its peacock terms and ranking words; EL2002's listed terms and the words its grammar starts from.
# The files' other lists (exceptions, support words, counts, suffixes, frames) are not searched for, and short
# ones among them ("a", "is") would let grep count a line at its first letter: they are left out.
use strict;
use warnings;
use JSON::PP;

my %terms;
my %searched = map { $_ => 1 } qw(irregular estSuperlatives intensifiers peacock rankingWords terms);
sub add_all {
    my ($node) = @_;
    if (ref $node eq 'HASH') {
        if (defined $node->{term} && !ref $node->{term}) { $terms{lc $node->{term}} = 1; return; }
        add_all($node->{$_}) for grep { !/^\$/ } keys %$node;
    } elsif (ref $node eq 'ARRAY') {
        for my $item (@$node) { if (ref $item) { add_all($item); } else { $terms{lc $item} = 1; } }
    }
}

for my $file (@ARGV) {
    open my $fh, '<:raw', $file or die "$file: $!";
    local $/;
    my $data = JSON::PP->new->utf8->decode(<$fh>);
    add_all($data->{$_}) for grep { $searched{$_} } keys %$data;
    # The grammar's shapes start from these words ("three years ago", "last September", "the past two weeks").
    $terms{$_} = 1 for $data->{grammar} ? qw(ago hence this last next past coming now ahead) : ();
}
binmode STDOUT, ':encoding(UTF-8)';
print "$_\n" for sort grep { length } keys %terms;
