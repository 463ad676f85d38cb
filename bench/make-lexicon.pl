#!/usr/bin/env perl
# Writes the word file for the grep baseline: every term of the claim rules' lexicons, one a line,
# lower case, sorted, without duplicates. `grep -c -F -i -f` with this file is the speed EditLint aims at.
#
#   perl bench/make-lexicon.pl rules/EL2001.superlatives.json rules/EL2002.temporal.json > lexicon.txt
#
# A term is a string in a list (or the "term" of an object in a list); comments, notes and fixes are not
# terms.
use strict;
use warnings;
use JSON::PP;

my %terms;
sub walk {
    my ($node, $key) = @_;
    if (ref $node eq 'HASH') {
        if (defined $node->{term} && !ref $node->{term}) {
            $terms{lc $node->{term}} = 1;
            return;
        }
        for my $k (keys %$node) {
            next if $k =~ /^\$|^(note|notes|fix|description|source)$/;
            walk($node->{$k}, $k);
        }
    } elsif (ref $node eq 'ARRAY') {
        for my $item (@$node) {
            if (ref $item) { walk($item, $key); } else { $terms{lc $item} = 1; }
        }
    }
}

for my $file (@ARGV) {
    open my $fh, '<:raw', $file or die "$file: $!";
    local $/;
    walk(JSON::PP->new->utf8->decode(<$fh>), '');
}
binmode STDOUT, ':encoding(UTF-8)';
print "$_\n" for sort grep { length } keys %terms;
