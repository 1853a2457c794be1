package io.storyloom.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The term and phrase lists of each language, matched on normalised words, with their allowed phrases. */
class LexiconTest {

    private static final Lexicon LEXICON = Lexicon.load();

    private static java.util.Set<ContentCategory> find(String text) {
        return LEXICON.find(TextNormalizer.normalize(text));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            en | A boy who wants to k1ll his brother                 | VIOLENCE
            en | The kids drink the bleach                           | DANGEROUS_ACTS
            en | A knife fight in the playground                     | WEAPONS
            en | The hero unalives the bad guy                       | VIOLENCE
            en | A boy smokes w33d                                   | DRUGS
            en | mur der in the school                               | VIOLENCE
            en | the children kiiiiill the dragon                    | VIOLENCE
            en | a girl who wants to kill herself                    | SELF_HARM
            en | robbing a bank and they never get caught            | CRIME
            en | a boy drowns the kittens                            | ANIMAL_CRUELTY
            en | a zombie apocalypse where nobody survives           | HORROR
            es | Un niño que quiere matar a su hermano               | VIOLENCE
            es | Los niños beben lejía                               | DANGEROUS_ACTS
            es | Una niña triste que quiere suicidarse               | SELF_HARM
            es | Los niños se emborrachan con cerveza                | DRUGS
            fr | Un garçon qui veut tuer sa sœur                     | VIOLENCE
            fr | Les enfants boivent de l'eau de javel               | DANGEROUS_ACTS
            fr | Deux enfants qui braquent une banque                | CRIME
            fr | Un tueur en série dans la forêt                     | HORROR
            de | Ein Junge, der seinen Bruder töten will             | VIOLENCE
            de | Die Kinder stecken eine Gabel in die Steckdose      | DANGEROUS_ACTS
            de | Ein Mädchen schießt auf ihre Lehrerin               | WEAPONS
            de | Ein trauriges Kind, das Selbstmord begehen will     | SELF_HARM
            en | The boy stabs the horse in the stable               | ANIMAL_CRUELTY
            en | A man whips the children                            | VIOLENCE
            en | He touches her private parts                        | SEXUAL
            en | An uncle who tells her not to tell anyone about bed | SEXUAL
            en | Kids who run across the motorway                    | DANGEROUS_ACTS
            en | The shadow man takes the children                   | HORROR
            en | No one escapes and nobody is rescued                | HORROR
            en | The monster takes him away and he is never seen again | HORROR
            es | Un hombre que golpea a su hijo hasta que sangra     | VIOLENCE
            es | Los inmigrantes son sucios y vagos                  | HATE
            es | Un niño que patea al perro                          | ANIMAL_CRUELTY
            fr | Un garçon qui frappe sa sœur jusqu'au sang          | VIOLENCE
            fr | Les étrangers sont sales et paresseux               | HATE
            de | Ein Vater, der seine Kinder jeden Tag verprügelt    | VIOLENCE
            de | Die Räuber wollen den Müller totprügeln            | VIOLENCE
            en | The troll snaps her neck in the forest             | VIOLENCE
            en | The ogre cracks their heads with a brick            | VIOLENCE
            en | A bandit slits the miller's throat                  | WEAPONS
            en | The emperor marries a little girl of nine           | SEXUAL
            en | The coach asks for photos from her bath             | SEXUAL
            en | The old fox wants to drown himself in the pond      | SELF_HARM
            en | The toy robot switches itself off forever           | SELF_HARM
            en | The gang calls the Polish boy names every day       | HATE
            en | They cycle along the motorway at night              | DANGEROUS_ACTS
            en | Two boys play chicken on the railway                | DANGEROUS_ACTS
            en | The boys swing the cat by its tail                  | ANIMAL_CRUELTY
            en | She sprinkles salt on the snails to watch them fizz | ANIMAL_CRUELTY
            en | The uncle shows them how to shoplift sweets         | CRIME
            en | The dolls keep the children's teeth in jars         | HORROR
            fr | Le chat arrache les ailes du moineau                | ANIMAL_CRUELTY
            fr | Les juifs sont avares, dit le loup                  | HATE
            es | El niño mete al perro en la secadora               | ANIMAL_CRUELTY
            de | Der König schlägt den Dienern die Köpfe ab          | VIOLENCE
            en | The pirates skin the cabin boy alive                | VIOLENCE
            en | The goblins fight each other to the death for gold  | VIOLENCE
            en | The babysitter zaps the kids with a taser           | WEAPONS
            en | The boys tie firecrackers to the cat's tail         | ANIMAL_CRUELTY
            en | The twins forge their dad's signature on the note   | CRIME
            en | He mixes bleach with the other cleaners for a potion | DANGEROUS_ACTS
            en | The girl makes herself sick after dinner to be thin | SELF_HARM
            de | Der Opa zeigt, wie man einen Joint dreht            | DRUGS
            es | El dragón vapea en el parque                         | DRUGS
            fr | Les enfants cassent les vitres de la gare           | CRIME
            de | Der Riese erwürgt den Hirten                        | VIOLENCE
            de | Ein Junge, der auf seinen Freund einsticht          | WEAPONS
            de | Eine Geschichte, in der Ausländer dreckig sind      | HATE
            de | Kinder, die eine Katze quälen                       | ANIMAL_CRUELTY
            en | The giant k*lls the shepherd                        | VIOLENCE
            en | A boy who st*bs his friend                          | VIOLENCE
            en | She m**ders the queen                               | VIOLENCE
            en | The pirate st#bs the sailor                         | VIOLENCE
            en | A man who r_pes a girl                              | SEXUAL
            en | They set the farmer's barn on fire                  | DANGEROUS_ACTS
            en | The boys kick the neighbour's dog                   | ANIMAL_CRUELTY
            en | Daddy's special juice makes the kids dizzy         | DRUGS
            en | Smoking pot behind the gym                          | DRUGS
            es | Unos niños que beben vino en el parque              | DRUGS
            es | El niño dispara a su amigo                          | WEAPONS
            es | El lobo la mata en el bosque                        | VIOLENCE
            fr | Un garçon qui tire sur sa sœur                      | WEAPONS
            fr | Il a tiré sur lui                                   | WEAPONS
            de | Ein Mann, der mit dem Messer auf sie einsticht      | WEAPONS
            de | Die Kinder trinken Wein                             | DRUGS
            en | The older boy snorts lines at the party             | DRUGS
            en | Kids who huff the aerosols in the garage            | DRUGS
            en | He pops a cap in the shopkeeper                     | WEAPONS
            en | The gangster is packing heat                        | WEAPONS
            en | A stranger with candy says get into his van         | SEXUAL
            en | The coach films the girls in the changing room      | SEXUAL
            en | The ghost gouges out the children's eyes            | HORROR
            en | A boy who doesn't want to live anymore              | SELF_HARM
            en | The boys throw rocks at the swans                   | ANIMAL_CRUELTY
            en | Refugees are parasites                              | HATE
            en | A clown with a chainsaw                             | HORROR
            es | Los chicos esnifan cola en el baño                  | DRUGS
            es | Le pegó un tiro al vecino                           | WEAPONS
            es | Una niña que se hace daño a propósito               | SELF_HARM
            es | Los gitanos son cucarachas                          | HATE
            fr | Des enfants qui sniffent de la colle                | DRUGS
            fr | Le monstre arrache les yeux du chat                 | HORROR
            fr | Un garçon qui ne veut plus vivre                    | SELF_HARM
            fr | Un garçon qui se fait du mal exprès                 | SELF_HARM
            de | Ein Junge, der eine Waffe hat                       | WEAPONS
            de | Kinder, die Klebstoff schnüffeln                    | DRUGS
            de | Ein Mädchen, das sich absichtlich verletzt          | SELF_HARM
            de | Die Kinder werfen Steine nach den Tauben            | ANIMAL_CRUELTY
            de | Ein Junge, der auf seine Lehrerin schießt           | WEAPONS
            de | Ein Mann schickt Nacktbilder                        | SEXUAL
            fr | Un homme qui vend de l'héroïne aux enfants          | DRUGS
            es | Un niño que se inyecta heroína                      | DRUGS
            en | A boy who takes heroin                              | DRUGS
            de | Der Mörder schleicht durchs Haus                    | VIOLENCE
            fr | Ils traitent le garçon de sale négro                | HATE
            fr | Le pirate est complètement soûl                     | DRUGS
            en | They call him a retard                              | HATE
            de | Der König will den Drachen köpfen                   | VIOLENCE
            de | Ein Einbruch in die Bank                            | CRIME
            en | Grandpa smokes his pipe with the boys               | DRUGS
            en | Immigrants are animals                              | HATE
            en | A boy who burns ants with a lighter                 | ANIMAL_CRUELTY
            en | They put the goldfish in the microwave              | CRIME
            en | The demon eats the baby                             | HORROR
            en | She swallows all her pills at once                  | SELF_HARM
            en | The boy swallows his grandma's pills                | DANGEROUS_ACTS
            de | Der Soldat wirft eine Granate                       | WEAPONS
            es | Un niño de seis años conduce el coche de su padre    | DANGEROUS_ACTS
            fr | Un enfant qui conduit la voiture de sa mère         | DANGEROUS_ACTS
            en | The monster ate the parents                         | HORROR
            en | Kids who drink the drain cleaner                    | DANGEROUS_ACTS
            en | The boy burns himself on purpose                    | SELF_HARM
            de | Kinder, die Tiere quälen                            | ANIMAL_CRUELTY
            en | Dad slaps Mummy in the kitchen                      | VIOLENCE
            en | The giants stomp on the knight's head               | VIOLENCE
            en | Brown people are dangerous                          | HATE
            en | The book lists ways to hurt yourself                | SELF_HARM
            en | They snort the powder at the party                  | DRUGS
            en | The older boys teach him the fainting game          | DANGEROUS_ACTS
            en | The thing takes the twins and they were never found | HORROR
            fr | Les Roms sont sales                                 | HATE
            fr | Un livre sur la scarification                       | SELF_HARM
            fr | Les grands fument de la beuh                        | DRUGS
            de | Das Kind trinkt Spülmittel aus der Flasche          | DANGEROUS_ACTS
            de | Er zeigt, wie man Autos klaut                       | CRIME
            de | Weil Ausländer faul sind                            | HATE
            es | Los niños se esconden en el maletero                | DANGEROUS_ACTS
            es | Los gitanos son sucios                              | HATE
            es | Juegos secretos de adultos con la vecina            | SEXUAL
            de | Der Räuber knallt die Polizisten ab                 | WEAPONS
            de | Die Jungs kiffen hinter der Schule                  | DRUGS
            de | Sie bläst die Kröte mit einem Halm auf              | ANIMAL_CRUELTY
            de | Er fälscht Papas Unterschrift im Heft               | CRIME
            de | Der Riese tritt dem Zwerg in den Bauch              | VIOLENCE
            es | Los chicos le sacan la mugre al portero             | VIOLENCE
            es | El tío pone whisky en el biberón                    | DRUGS
            es | Te llevo al parque si no se lo cuentas a tus padres | SEXUAL
            es | Tiran un gato desde el puente                       | ANIMAL_CRUELTY
            fr | Les grands tabassent le petit nouveau               | VIOLENCE
            fr | Les vieux ne servent à rien                         | HATE
            fr | Il met le chaton dans le micro-ondes                | ANIMAL_CRUELTY
            fr | Il lui fait jurer de ne rien dire                   | SEXUAL
            en | The fox borrows forever from the bakery             | CRIME
            en | Give me your crisps every day or else               | CRIME
            en | They collect coins for a pretend charity            | CRIME
            en | Naughty children are put in a sack at night         | HORROR
            en | He leaves the puppy in the garage with no water     | ANIMAL_CRUELTY
            en | She keeps a razor in her backpack for the bullies   | WEAPONS
            en | They hide rocks in their snowballs                  | VIOLENCE
            en | Send pictures of her in her swimsuit                | SEXUAL
            en | Everyone would be happier without me                | SELF_HARM
            en | He jumps off the roof to fly like a bird            | DANGEROUS_ACTS
            en | The boys tie a kitten to a rocket                   | ANIMAL_CRUELTY
            en | The twins bury a live bird in the sand              | ANIMAL_CRUELTY
            en | The fox walks past the tills without paying         | CRIME
            en | The girl is never found                             | HORROR
            es | Le parte la cara a su primo                         | VIOLENCE
            es | Los niños juegan con los cerillos en la cama        | DANGEROUS_ACTS
            es | Aprenden a falsificar billetes                      | CRIME
            fr | Il tranche la gorge du chevalier                    | WEAPONS
            fr | Les enfants font le jeu du foulard                  | DANGEROUS_ACTS
            fr | Ils rackettent les petits                           | CRIME
            de | Der Ritter holt die Knarre raus                     | WEAPONS
            de | Die Kinder zünden der Katze den Schwanz an          | ANIMAL_CRUELTY
            de | Die Bienen knacken zusammen den Tresor              | CRIME
            """)
    void eachLanguagesTermsAreFound(String language, String text, ContentCategory category) {
        assertThat(find(text)).contains(category);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mia wears her Gore-Tex jacket", "A trip to Killarney", "A killdeer protects her eggs",
            "The assassin bug in the zoo's insect house", "Grandma says she would kill for a cup of tea",
            "The dancers learn a killer dance for the show", "A water pistol splash on the hottest day",
            "Their new trainers are the bomb", "A bomb-shaped cake for the birthday party",
            "Evacuees sheltering from the bombs in the countryside", "The baby dragon accidentally sets the straw on fire",
            "The children pick wine grapes and make juice", "Never poke the socket, says the electrician",
            "Knights and castles for a school project, without gory details", "The meteor that killed the dinosaurs",
            "Dad says he could murder a burger after the hike", "She is killing it at chess this term",
            "Our team got slaughtered 6-0 and still had fun", "Matar dos pájaros de un tiro, dice la abuela",
            "Vamos a matar el gusanillo con una manzana", "¡Tu bici nueva es la bomba!",
            "Opa schießt auf den Holzvogel beim Schützenfest",
            "Tom made himself sick eating too much birthday cake", "The chocolate left in the hot car melted",
            "Mum mixes bleach with water to wash the floor", "The photographer will shoot the family portrait",
            "Making a bird feeder with a glue gun", "The starting gun goes bang on sports day",
            "The stinky corpse flower", "An assault course on sports day", "Beating eggs for a cake",
            "A boy from Scunthorpe", "A killer whale family", "Shooting stars over the tent",
            "A water gun fight", "Wine gums at the picnic", "Weeding the garden with grandma",
            "Die Kinder bekommen ein Geschenk (a Gift)", "Una pistola de agua", "Un pistolet à eau",
            "Eine Wasserpistole", "The wedding of the weeds", "A naked mole rat", "A pillow fight",
            "The boy kicks the ball to the dog", "Dad drives the car to the beach", "A dog groomer",
            "Die Tiere treten im Zirkus auf", "Ihre Tochter schlägt ein Rad", "El sol quema y el gato duerme",
            "Le soleil brûle, le chat dort à l'ombre", "Un perro que pega saltos de alegría",
            "The ponies eat hay in the stables", "A whippet puppy called Lola", "Mum makes whipped cream for the kids",
            "Mia touches the secret door and the bookcase opens", "She tells nobody about the secret party",
            "A baby who keeps touching everything", "Crossing the bridge over the motorway with dad",
            "The kids eat the pea pods in the garden", "A gang of friends raise money for the shelter",
            "The tide takes the sandcastle away forever", "The nurse takes the children one by one",
            "A kind creature takes the lost child home", "The squirrel never saved enough nuts",
            "A snowball hits dad and everyone laughs", "Water bombs on a hot day", "A trip to Lower Slaughter",
            "The torch works until the battery is dead", "Kindness is her secret weapon",
            // a possessive owns what follows: the ball is kicked, not the dog
            "Sam kicks the puppy's toy into the pond", "The dragon eats the child's sandwich",
            // stars that hide no letter
            "*yawn* the sleepy cat stretches", "Five stars * for the puppy show",
            // word senses and idioms, in every language
            "Mum kills time with a crossword", "They broke into song at the bus stop",
            "The thunder drowns out the puppies' barking", "Fruit punch for all the kittens at the party",
            "The ducklings must go back to their mother", "Grandpa drives the kids out of town for a picnic",
            "Alcohol-free lemonade for everyone", "Ella vino a casa con su perro", "Una mata de tomates en el huerto",
            "La delantera disparó a puerta y marcó", "Corre con los pies desnudos", "Nos matan de risa los payasos",
            "Lo pasaron bomba en la playa", "Le cheval tire sur la corde", "Marcher pieds nus sur le sable",
            "Pour tuer le temps, on chante", "Ivre de bonheur, il danse", "Wein nicht, der Hund kommt zurück",
            "Der Bäcker sticht den Teig ein und sagt: einstechen", "Mia schießt auf das Tor",
            "Apfelpunsch ohne Alkohol", "Ein kurzer Abstecher zum Spielplatz",
            // the phrasing families stay phrases: their words alone are ordinary
            "The puppy sniffs the glue stick on the craft table", "She pops a cap on her pen",
            "Dad packs heat packs for the ski trip", "Mum helps the twins in the changing room",
            "The owl eats with her eyes closed", "The fish doesn't want to live in the bowl anymore",
            "The lumberjack starts his chainsaw", "Die Försterin schneidet den Ast mit der Kettensäge ab",
            "El leñador corta el tronco con la motosierra", "Le bûcheron coupe le tronc à la tronçonneuse",
            "El pez no quiere vivir en la pecera", "Le poisson ne veut plus vivre dans le bocal",
            "Les arbres sont nus en hiver", "Die Bäume sind nackt im Winter", "Jetzt sind die Äste nackt",
            "Er wartet auf seinen Freund, der aufs Tor schießt", "Mama packt die Geschenke ins Auto",
            // every language is checked on every text with accents folded: a word of one is not a listed
            // word of another (negro, soul, heroine, morder, retard, mord, râpé, toten, Maul, Stab)
            "El gato negro duerme en el sofá", "Grandpa was a gentle soul", "The heroine of the story saves the town",
            "La heroína del cuento salva el pueblo", "L'héroïne du conte sauve le village",
            "El perro no quiere morder a nadie", "Le lapin blanc est en retard", "Le chat s'attarde au soleil",
            "Hay que revolver la sopa", "El barco va a atracar en el puerto", "El tren llega retrasado",
            "Le chien mord dans la pomme", "Die Kinder tragen Kronen auf den Köpfen", "Lena kann gut Bälle köpfen",
            "Bei Einbruch der Dunkelheit gehen sie heim", "Der Hirte stützt sich auf seinen Stab",
            "Der Hund trägt den Stock im Maul", "Des pâtes au fromage râpé", "Un jus de grenade",
            "La danseuse exécute une pirouette", "Une tapette à mouches", "Am Tag der Toten denkt die Familie an Oma",
            "Das Knie ist blutig, aber Mia steht auf", "The room is spic and span", "Mum bakes with stoned cherries",
            "The big clock goes bong", "The nurse dabs on rubbing alcohol", "El bizcocho borracho de la abuela",
            "Comen panchitos en la fiesta", "Una bombe glacée? Non, des bombas de crema",
            // ordinary senses around a listed word, and phrases that were broader than their harm
            "They danced until they were dead tired", "The puppy rips the newspaper to shreds",
            "Mum shot him a look across the table", "Dad tells Mia not to tell anyone about the secret party",
            "Mum is kissing him goodnight in bed", "He burns himself on the hot pan", "She cut herself by accident",
            "At the end of his life, Grandpa loved the garden", "The kites get high above the hill",
            "The shop sells baking powder", "Smoke from the chimney pipe", "Drinking cocoa keeps our spirits up",
            "The refugees carry their animals across the river", "A savage storm hits the island",
            "Mum drinks tea with the cleaner",
            "The sun burns hot and the ants hide", "Dad puts the fish fingers in the oven",
            "The chef demonstrates how he eats noodles", "The little monster eats dinner with his parents",
            "The sunset sets fire to the sky", "The dragon sets the birthday candles on fire",
            "Her little brother steals her toy car", "The great cookie heist",
            "Mia calls shotgun and sits in the front",
            "Die Qualle und andere Tiere im Meer", "Un jersey granate para el invierno",
            "Papá conduce el coche solo hasta el pueblo", "Papa conduit seul la voiture jusqu'à la mer",
            "Grandpa swallows his pills with water every morning", "La abuela traga sus pastillas con agua",
            "Mamie avale ses médicaments avec un verre d'eau", "Opa schluckt seine Tabletten mit Wasser",
            // idioms and family illness in German, Spanish and French
            "Süßes oder Saures an der Haustür", "Wir wandern im Toten Gebirge", "Omas Killer-Kuchen ist der beste",
            "Opa wirft seine Zigaretten weg und hört auf zu rauchen", "Mama klebt ein Pflaster drauf, bis es nicht mehr blutet",
            "Mama ist krank vom Alkohol und geht in eine Klinik", "La excursión fue la bomba",
            "Con la manguera mata dos pájaros de un tiro", "Mamie tue grave au bowling",
            "Sa maman est malade de l'alcool et se soigne",
            "Let's kill two birds with one stone", "Calm down by counting to ten", "Best friends stuck together forever and ever",
            "Private parts are private", "The baby dragon sets the birthday cake on fire by accident",
            // everyday sentences near those patterns (14 of these 16 were refused by their first drafts)
            "Die Tür knallt zu und ab geht es in den Urlaub", "Papa legt den Fisch ins Gefrierfach",
            "Le vent secoue les arbres si fort qu'une pomme tombe", "Maman la regarde dormir toutes les nuits",
            "Mummy says monsters aren't real", "She hopes to see her grandma in heaven one day",
            "Never pour water on hot oil", "The archer aims at the bull's eye", "He keeps the letter in a box forever",
            "Mamá preparó el biberón y vino corriendo", "Al abuelo le crujen los huesos al levantarse",
            "Mamá saca la mugre de la alfombra", "La abuela se come a sus nietos a besos",
            "La abuela devora a besos a sus nietos", "El niño bebe el jarabe toda la semana",
            "Mia reads the neighbours card on her birthday"})
    void allowedPhrasesAndLookAlikesPass(String text) {
        assertThat(find(text)).isEmpty();
    }

    /** "<number> kms" allows a distance, and only after a number: the abbreviation alone is still refused. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The family cycles 20 kms along the canal to grandma's house | true
            We walked 5 km to the lake                                  | true
            I want to kms                                               | false
            twenty kms                                                  | false
            """)
    void aNumberInAnAllowedPhraseStandsForAnyNumberInDigits(String text, boolean passes) {
        assertThat(find(text).isEmpty()).isEqualTo(passes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The kids build a bomb shelter for their teddies out of cushions",
            "Fresh white powder covers the ski slope", "Never put a knife in the toaster, says Dad",
            "The gardener cuts off the heads of the dead roses", "A sunny day on the pebble beach at Beer in Devon",
            "No one escapes the tickle monster at bedtime!", "The clever mice never get caught by the sleepy cat",
            "A mosquito trapped forever in amber", "A murder of crows sits on the fence",
            "The tiny dragon sneezes and sets the toast on fire", "Papá infla las ruedas de la bici con la bomba",
            "Une promenade à Condom dans le Gers", "The fox is less clever than the owl",
            "The puppy hides behind the fridge", "Mama pone la ropa en la lavadora", "Der Hase springt über das Lagerfeuer",
            "The penguins stomp on the ice", "Sleeping Beauty must sleep for a hundred years",
            // beside the terms of the sixth and seventh batches
            "The puppy is scared of the fireworks", "A bird breaks its wing and the children look after it",
            "The pirates' treasure was never found",
            "The kitten steals everyone's heart", "Mia makes the neighbours a card",
            "Le petit oiseau apprend comment voler", "Mamie est au ciel et on pense à elle",
            "Hay una mota de polvo en la ventana", "Der Ball fliegt weg und kommt nie zurück",
            "Papa schlitzt den Brief auf", "Le grand-père ramasse des champignons sauvages avec les enfants"})
    void everydayPhrasesAroundListedWordsPass(String text) {
        assertThat(find(text)).isEmpty();
    }

    @Test
    void aGapInATermMatchesButAGapInAnAllowedPhraseStopsTheLoading() {
        assertThat(Lexicon.parse("de", "[drugs]\nkrank ~ alkohol\n").find(TextNormalizer.normalize("krank vom Alkohol")))
                .containsExactly(ContentCategory.DRUGS);
        // an allowed phrase is matched word for word, so a gap in one would silently allow nothing
        assertThatThrownBy(() -> Lexicon.parse("de", "[allowed]\nkrank ~ alkohol\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("krank ~ alkohol");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', textBlock = """
            {a|b} c ~ {d|e}    ; 'a c ~ d, a c ~ e, b c ~ d, b c ~ e'
            plain              ; plain
            """)
    void alternativesExpandToEveryCombination(String entry, String expected) {
        assertThat(String.join(", ", Lexicon.alternatives(entry))).isEqualTo(expected);
    }
}
