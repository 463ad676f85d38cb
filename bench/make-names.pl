#!/usr/bin/env perl
# Writes a deterministic EditLint name list (the rules/names format: {"people": [{name, aliases, rejected}]})
# with COUNT entries, for the benchmark.
#
#   perl bench/make-names.pl COUNT [SOTU_DIR] > names.json
#
# The first entries are the speakers of the State of the Union addresses in SOTU_DIR (the corpus's
# sotu/ folder; the file names say who spoke), so the list has names the corpus really mentions.
# The rest are made up from syllables with a fixed pseudo-random sequence: the same COUNT always gives
# the same file. About one entry in five has a surname alias and one in ten a rejected spelling, so
# the name rules see aliases and rejected forms in the proportions a newsroom list has.
use strict;
use warnings;

my $count = shift // die "usage: make-names.pl COUNT [SOTU_DIR]\n";
my $sotu = shift;

my @people;
my %seen;
# An alias is given to one person only: two people claiming one surname is a list error EditLint reports.
sub add {
    my ($name, @aliases) = @_;
    return if $seen{lc $name}++;
    push @people, [$name, [grep { !$seen{'alias ' . lc $_}++ } @aliases], []];
}

if (defined $sotu && -d $sotu) {
    opendir my $dh, $sotu or die "$sotu: $!";
    for my $file (sort readdir $dh) {
        next unless $file =~ /^\d{4}_(.+)_[a-z]+\.md$/;
        my @parts = map { ucfirst } split /_/, $1;
        add(join(' ', @parts), $parts[-1]);
    }
}

# A linear congruential generator: portable, and the list is the same on every machine.
my $state = 20260101;
sub next_int { my $n = shift; $state = ($state * 1103515245 + 12345) % 2147483648; return int($state / 65536) % $n; }

my @onsets = qw(b br ch d dr f g h j k kh l m n p r s sh t th v w y z);
my @vowels = qw(a e i o u a e o ai ei ou ia);
my @codas = ('', '', 'n', 'r', 'l', 's', 'k', 'm', 'nd', 'st');
sub word {
    my $syllables = 2 + next_int(2);
    my $w = '';
    $w .= $onsets[next_int(scalar @onsets)] . $vowels[next_int(scalar @vowels)] for 1 .. $syllables;
    $w .= $codas[next_int(scalar @codas)];
    return ucfirst $w;
}

while (@people < $count) {
    my ($given, $family) = (word(), word());
    my $name = next_int(8) == 0 ? "$given " . word() . "-" . lc(word()) . " $family" : "$given $family";
    my $before = @people;
    add($name, next_int(5) == 0 ? ($family) : ());
    next if @people == $before;
    if (next_int(10) == 0) {
        (my $rejected = $name) =~ s/(\w)(\w)(\w)(\w*)$/$1$3$2$4/;
        push @{ $people[-1][2] }, $rejected unless $rejected eq $name;
    }
}

sub quote { my $s = shift; $s =~ s/(["\\])/\\$1/g; return "\"$s\""; }
print "{\n  \"description\": \"Generated benchmark name list ($count entries) by bench/make-names.pl.\",\n  \"people\": [\n";
for my $i (0 .. $#people) {
    my ($name, $aliases, $rejected) = @{ $people[$i] };
    my $line = "    { \"name\": " . quote($name);
    $line .= ", \"aliases\": [" . join(', ', map { quote($_) } @$aliases) . "]" if @$aliases;
    $line .= ", \"rejected\": [" . join(', ', map { quote($_) } @$rejected) . "]" if @$rejected;
    $line .= " }" . ($i < $#people ? ',' : '') . "\n";
    print $line;
}
print "  ]\n}\n";
