<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA" sourcelanguage="en">
  <context>
    <name>NNPlayground</name>
    <message>
      <source> · old design</source>
      <translation> · стара схема</translation>
    </message>
    <message>
      <source> · step {step} (history)</source>
      <translation> · крок {step} (історія)</translation>
    </message>
    <message>
      <source>&amp;About NN Playground</source>
      <translation>&amp;Про NN Playground</translation>
    </message>
    <message>
      <source>&amp;Auto</source>
      <translation>&amp;Авто</translation>
    </message>
    <message>
      <source>&amp;CPU</source>
      <translation>&amp;CPU (процесор)</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Копіювати</translation>
    </message>
    <message>
      <source>&amp;Device</source>
      <translation>&amp;Пристрій</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>&amp;Дублювати</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>&amp;Редагування</translation>
    </message>
    <message>
      <source>&amp;Export</source>
      <translation>&amp;Експорт</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Fit to Window</source>
      <translation>&amp;Умістити у вікно</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Довідка</translation>
    </message>
    <message>
      <source>&amp;Keyboard Shortcuts…</source>
      <translation>&amp;Гарячі клавіші…</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Мова</translation>
    </message>
    <message>
      <source>&amp;Lessons…</source>
      <translation>&amp;Уроки…</translation>
    </message>
    <message>
      <source>&amp;MPS (Apple GPU)</source>
      <translation>&amp;MPS (GPU Apple)</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>&amp;Новий</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>&amp;Відкрити…</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Вставити</translation>
    </message>
    <message>
      <source>&amp;Plots</source>
      <translation>&amp;Графіки</translation>
    </message>
    <message>
      <source>&amp;Presentation Mode</source>
      <translation>&amp;Режим презентації</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Вийти</translation>
    </message>
    <message>
      <source>&amp;Recent</source>
      <translation>&amp;Недавні</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Повторити</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>З&amp;берегти</translation>
    </message>
    <message>
      <source>&amp;Stop Comparing</source>
      <translation>&amp;Припинити порівняння</translation>
    </message>
    <message>
      <source>&amp;Training</source>
      <translation>&amp;Навчання</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Скасувати</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>&amp;Вигляд</translation>
    </message>
    <message>
      <source>'Gates over time' shows the peephole LSTM (the design in the editor): in a few units the input gate jumps from about 0.05 to 0.8 exactly at the two marked steps, and the cell state steps there. In the loss comparison both curves leave the plateau of 0.167 (always answering the mean sum) at about the same step.</source>
      <translation>Панель «Вентилі в часі» показує LSTM із вічками (схему в редакторі): у кількох нейронах вхідний вентиль стрибає приблизно з 0.05 до 0.8 саме на двох позначених кроках, і саме там стан комірки змінюється стрибком. У порівнянні втрат обидві криві сходять із плато 0.167 (мережа завжди відповідає середньою сумою) приблизно на тому самому кроці.</translation>
    </message>
    <message>
      <source>'RBM weights': each tile is one hidden unit's weights over the 8×8 pixels; from noise they turn into stroke and blob detectors. 'RBM reconstructions': the reconstructions of test digits after one Gibbs step go from grey smudges to recognisable digits. 'RBM training': the reconstruction error falls from about 0.18 to about 0.03 and the training and test curves stay together.</source>
      <translation>«Ваги RBM»: кожна плитка — ваги одного прихованого нейрона по пікселях 8×8; із шуму вони перетворюються на детектори штрихів і плям. «Реконструкції RBM»: реконструкції тестових цифр після одного кроку Гіббса переходять від сірих розмитих плям до впізнаваних цифр. «Навчання RBM»: помилка реконструкції падає приблизно з 0.18 до 0.03, а криві навчання й тесту йдуть поруч.</translation>
    </message>
    <message>
      <source>'{name}' already has {old} neurons; a Dense layer has at least {bound}.</source>
      <translation>'{name}' має нейронів: {old}; шар Dense має щонайменше {bound}.</translation>
    </message>
    <message>
      <source>'{name}' already has {old} neurons; a Dense layer has at most {bound}.</source>
      <translation>'{name}' має нейронів: {old}; шар Dense має щонайбільше {bound}.</translation>
    </message>
    <message>
      <source>'{name}' is a {kind} layer; only Dense layers have neurons to add or remove.</source>
      <translation>'{name}' — шар типу {kind}; додавати чи вилучати нейрони можна лише в шарах Dense.</translation>
    </message>
    <message>
      <source>'{src}' is already connected to '{dst}'</source>
      <translation>'{src}' уже з’єднано з '{dst}'</translation>
    </message>
    <message>
      <source>+ layer</source>
      <translation>+ шар</translation>
    </message>
    <message>
      <source>1 input</source>
      <translation>1 вхід</translation>
    </message>
    <message>
      <source>1 keeps the cell's memory, 0 wipes it</source>
      <translation>1 зберігає пам’ять комірки, 0 стирає її</translation>
    </message>
    <message>
      <source>1 unit</source>
      <translation>1 нейрон</translation>
    </message>
    <message>
      <source>1 value</source>
      <translation>1 значення</translation>
    </message>
    <message>
      <source>1797 small handwritten digits, 8×8 pixels: trains in seconds on any laptop.</source>
      <translation>1797 маленьких рукописних цифр, 8×8 пікселів: навчається за секунди на будь-якому ноутбуці.</translation>
    </message>
    <message>
      <source>2D points (x₁, x₂)</source>
      <translation>Точки на площині (x₁, x₂)</translation>
    </message>
    <message>
      <source>5000 handwritten digits, 28×28 grey pixels, 500 of each class (a subset of MNIST).</source>
      <translation>5000 рукописних цифр, 28×28 сірих пікселів, по 500 кожного класу (підмножина MNIST).</translation>
    </message>
    <message>
      <source>&lt;b&gt;Expected outcome:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;Очікуваний результат:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Watch for:&lt;/b&gt; {text}</source>
      <translation>&lt;b&gt;Зверніть увагу:&lt;/b&gt; {text}</translation>
    </message>
    <message>
      <source>&lt;b&gt;Weights of {name}&lt;/b&gt; ({count}): mean |w| {mean}, max |w| {max}, {positive} of |w| positive.&lt;br&gt;Thickness: mean |w|; colour: blue positive, orange negative.</source>
      <translation>&lt;b&gt;Ваги {name}&lt;/b&gt; ({count}): середнє |w| {mean}, макс. |w| {max}, додатних ваг: {positive}.&lt;br&gt;Товщина: середнє |w|; колір: синій — додатні, помаранчевий — від’ємні.</translation>
    </message>
    <message>
      <source>A .safetensors file of pretrained weights, keyed '&lt;layer id&gt;.&lt;parameter&gt;' (e.g. 'conv1.weight'): layers with matching ids start from them instead of random values. A relative path is looked up in the app's resources folder. Empty: random start.</source>
      <translation>Файл .safetensors із попередньо навченими вагами з ключами '&lt;id шару&gt;.&lt;параметр&gt;' (напр. 'conv1.weight'): шари з відповідними id стартують із них замість випадкових значень. Відносний шлях шукається в теці ресурсів програми. Порожньо: випадковий старт.</translation>
    </message>
    <message>
      <source>A 5×5 grid of small gaussian blobs.</source>
      <translation>Сітка 5×5 з маленьких гауссових плям.</translation>
    </message>
    <message>
      <source>A GAN learns a ring of blobs</source>
      <translation>GAN вивчає кільце плям</translation>
    </message>
    <message>
      <source>A GAN learns a ring of eight gaussian blobs: the generator (top row) turns 2 random numbers into a point, the discriminator (bottom row) tells real points from fakes. With the usual GAN recipe, Adam with a small learning rate (0.005) and momentum β1 = 0.5, the fakes spread over all eight blobs in about 800 steps: watch the energy distance fall and D's verdict on real and fake samples settle near 0.5.</source>
      <translation>GAN вивчає кільце з восьми гауссових хмар: генератор (верхній ряд) перетворює 2 випадкові числа на точку, дискримінатор (нижній ряд) відрізняє справжні точки від підробок. Зі звичним для GAN рецептом — Adam з малою швидкістю навчання (0.005) та імпульсом β1 = 0.5 — підробки розподіляються по всіх восьми хмарах приблизно за 800 кроків: стежте, як спадає енергетична відстань, а вердикт D щодо справжніх і підроблених зразків усталюється біля 0.5.</translation>
    </message>
    <message>
      <source>A GRU forecasts a wave</source>
      <translation>GRU прогнозує хвилю</translation>
    </message>
    <message>
      <source>A GRU reads a sum of two sine waves and predicts the next value at every step (many-to-many). Early steps are guesses; after a few steps it has seen enough of the wave to forecast it. Compare target and prediction in 'Prediction vs target'.</source>
      <translation>GRU читає суму двох синусоїд і передбачає наступне значення на кожному кроці («багато до багатьох»). Перші кроки — здогадки; за кілька кроків мережа бачить достатньо хвилі, щоб її прогнозувати. Порівняйте ціль і прогноз на панелі «Прогноз і ціль».</translation>
    </message>
    <message>
      <source>A McCulloch–Pitts neuron (1943) with two binary inputs and hand-set weights: it fires when the weighted sum of its inputs reaches the threshold θ. Weights 1, 1 with θ = 2 compute AND; lower θ to 1 and the same neuron computes OR.</source>
      <translation>Нейрон Мак-Каллока — Піттса (1943) із двома бінарними входами й вагами, заданими вручну: він спрацьовує, коли зважена сума його входів досягає порогу θ. Ваги 1, 1 з θ = 2 обчислюють AND; зменште θ до 1 — і той самий нейрон обчислює OR.</translation>
    </message>
    <message>
      <source>A McCulloch–Pitts neuron with one inhibitory input: weight -1 and θ = 0 make it fire only while the input is silent, so it computes NOT.</source>
      <translation>Нейрон Мак-Каллока — Піттса з одним гальмівним входом: вага -1 і θ = 0 змушують його спрацьовувати лише тоді, коли вхід неактивний, тож він обчислює NOT.</translation>
    </message>
    <message>
      <source>A ReLU RNN whose recurrent weights start with gain 2: backprop through 30 steps multiplies the gradient by up to 2 per step, so the first gradients are enormous. Gradient clipping (norm 1) tames them and the net learns to forecast the wave. Set 'Gradient clipping' to 0 and reset: the weights blow up within a few steps.</source>
      <translation>RNN із ReLU, рекурентні ваги якої стартують із підсиленням 2: зворотне поширення через 30 кроків множить градієнт до 2 разів на кожному кроці, тож перші градієнти величезні. Обрізання градієнтів (норма 1) приборкує їх, і мережа вчиться прогнозувати хвилю. Задайте «Обрізання градієнтів» 0 і скиньте: ваги вибухають за кілька кроків.</translation>
    </message>
    <message>
      <source>A character-level LSTM on nursery rhymes: at every step it predicts the next character. The 'Generated text' panel lets it write its own rhyme as it trains: letters, then words, then lines. Low temperature plays it safe, high temperature invents. The test text is rhymes it never read: with only 4 KB to learn from, its test loss soon rises while the training loss falls (it learns the rhymes by heart).</source>
      <translation>LSTM на рівні символів, навчена на дитячих віршиках: на кожному кроці вона передбачає наступний символ. Панель «Згенерований текст» дає їй писати власний віршик просто під час навчання: спершу літери, потім слова, потім рядки. Низька температура грає безпечно, висока — вигадує. Тестовий текст — віршики, яких мережа ніколи не бачила: маючи для навчання лише 4 КБ, вона невдовзі показує зростання тестових втрат, тоді як втрати на навчанні падають (мережа вивчає віршики напам’ять).</translation>
    </message>
    <message>
      <source>A character-level LSTM writes rhymes</source>
      <translation>Посимвольна LSTM пише віршики</translation>
    </message>
    <message>
      <source>A convolutional layer slides small filters over the image: the same 5×5 weights look at every position, so the layer finds a stroke wherever it is and needs few weights. ReLU keeps the positive responses, max pooling keeps the strongest response in each 2×2 window and halves the size. Two such blocks turn 28×28 pixels into a small stack of feature maps, and one dense layer reads the digit from them.</source>
      <translation>Згортковий шар ковзає маленькими фільтрами по зображенню: ті самі ваги 5×5 дивляться на кожну позицію, тож шар знаходить штрих, де б той не був, і потребує мало ваг. ReLU залишає додатні відгуки, max-пулінг залишає найсильніший відгук у кожному вікні 2×2 і вдвічі зменшує розмір. Два такі блоки перетворюють 28×28 пікселів на невеликий стек карт ознак, і один повнозв’язний шар розпізнає з них цифру.</translation>
    </message>
    <message>
      <source>A curved, flat-bottomed valley: finding it is easy, following it to the minimum at (1, 1) is hard.</source>
      <translation>Вигнута долина з пласким дном: знайти її легко, а пройти нею до мінімуму в (1, 1) важко.</translation>
    </message>
    <message>
      <source>A deep belief net: two RBMs pretrained greedily without labels on all 898 training digits, then the whole network fine-tuned by backprop on 10 labelled digits of each class. The variant trains the same network from random weights on those 100 digits.</source>
      <translation>Мережа глибокої довіри: дві RBM жадібно попередньо навчаються без міток на всіх 898 навчальних цифрах, потім уся мережа донавчається зворотним поширенням помилки на 10 розмічених цифрах кожного класу. Інший варіант навчає ту саму мережу з випадкових ваг на цих 100 цифрах.</translation>
    </message>
    <message>
      <source>A deep belief network is trained greedily, one layer at a time. The first RBM learns the pixels of the unlabelled digits by contrastive divergence; then it stays fixed and its hidden probabilities P(h=1|v) become the visible data of the second RBM, which learns them in turn (300 steps each, on all 898 training images, no labels). Only then do the labels come in: a Dense layer goes on top and backprop fine-tunes the whole stack as an ordinary sigmoid network, on only 10 labelled images of each digit. The other variant is the same network trained on those 100 images from random weights, with the same optimizer, for the same 1000 steps (so it gets more labelled steps).</source>
      <translation>Мережа глибокої довіри навчається жадібно, по одному шару. Перша RBM вивчає пікселі нерозмічених цифр методом контрастивної дивергенції; потім вона лишається незмінною, а її приховані ймовірності P(h=1|v) стають видимими даними для другої RBM, яка своєю чергою їх вивчає (по 300 кроків, на всіх 898 навчальних зображеннях, без міток). Лише після цього з’являються мітки: зверху додається шар Dense, і зворотне поширення помилки донавчає весь стек як звичайну мережу із сигмоїдами — лише на 10 розмічених зображеннях кожної цифри. Інший варіант — та сама мережа, навчена на цих 100 зображеннях із випадкових ваг тим самим оптимізатором за ті самі 1000 кроків (тож у неї більше кроків із мітками).</translation>
    </message>
    <message>
      <source>A denoising autoencoder</source>
      <translation>Шумоподавлювальний автокодувальник</translation>
    </message>
    <message>
      <source>A denoising autoencoder receives a corrupted digit (here with Gaussian noise added) and must rebuild the clean one. It cannot succeed by copying pixels, so it has to learn what digits look like: the strokes that belong together. With a 32-number code it also rebuilds much more detail than the 2-number autoencoder.</source>
      <translation>Шумоподавлювальний автокодувальник отримує пошкоджену цифру (тут — з доданим гауссовим шумом) і має відновити чисту. Просто копіюючи пікселі, він цього не досягне, тож мусить навчитися, як виглядають цифри: які штрихи належать разом. З кодом із 32 чисел він також відновлює набагато більше деталей, ніж автокодувальник із кодом із 2 чисел.</translation>
    </message>
    <message>
      <source>A denoising autoencoder: each training digit is fed with Gaussian noise (σ = 0.4) but must be rebuilt clean, so the network learns what digits look like rather than copying pixels. Compare the three rows of the reconstruction panel.</source>
      <translation>Шумоподавлювальний автокодувальник: кожна навчальна цифра подається з гауссовим шумом (σ = 0.4), але має бути відновлена чистою, тож мережа вчиться, як виглядають цифри, а не копіює пікселі. Порівняйте три рядки панелі реконструкцій.</translation>
    </message>
    <message>
      <source>A dense network with about as many weights as the small CNN. It treats the 784 pixels as unrelated numbers: it has no idea that neighbouring pixels belong together, and a stroke shifted by one pixel is new input to it. With the same budget of weights it learns more slowly and ends lower than the CNN, which shares each filter across the whole image.</source>
      <translation>Повнозв’язна мережа з приблизно такою ж кількістю ваг, як у малої CNN. Вона розглядає 784 пікселі як не пов’язані між собою числа: не знає, що сусідні пікселі пов’язані, і штрих, зсунутий на один піксель, для неї — новий вхід. З тим самим бюджетом ваг вона навчається повільніше й закінчує нижче, ніж CNN, яка використовує кожен фільтр на всьому зображенні.</translation>
    </message>
    <message>
      <source>A disc of one class inside a ring of the other.</source>
      <translation>Диск одного класу всередині кільця іншого.</translation>
    </message>
    <message>
      <source>A few KB of traditional English nursery rhymes, read as characters: predict the next character at every step, then let the network write its own rhymes.</source>
      <translation>Кілька КБ традиційних англійських дитячих віршиків, що читаються посимвольно: передбачайте наступний символ на кожному кроці, а потім дайте мережі написати власні віршики.</translation>
    </message>
    <message>
      <source>A generative adversarial network is two networks in a game. The generator turns random noise into points; the discriminator learns to tell real points from generated ones, and the generator learns to fool it. When the game is balanced the generated points spread over the real distribution and the discriminator can only guess. The usual recipe keeps it balanced: Adam with a small learning rate and β1 = 0.5.</source>
      <translation>Генеративна змагальна мережа — це дві мережі, що грають у гру. Генератор перетворює випадковий шум на точки; дискримінатор вчиться відрізняти справжні точки від згенерованих, а генератор — обманювати його. Коли гра збалансована, згенеровані точки розподіляються по справжньому розподілу, а дискримінатор може лише вгадувати. Звичайний рецепт підтримує баланс: Adam із малою швидкістю навчання і β1 = 0.5.</translation>
    </message>
    <message>
      <source>A language model predicts the next character from the ones before it. An embedding turns each character into a vector, the LSTM reads them one by one, and a dense layer at every step scores the 36 possible next characters. Sampling from those scores, one character at a time, lets the network write its own text. With only a few kilobytes of rhymes it soon memorises them: the classic picture of overfitting.</source>
      <translation>Мовна модель передбачає наступний символ за попередніми. Вкладення (Embedding) перетворює кожен символ на вектор, LSTM читає їх по одному, а повнозв’язний шар на кожному кроці оцінює 36 можливих наступних символів. Вибираючи за цими оцінками по одному символу, мережа пише власний текст. Маючи лише кілька кілобайтів віршиків, вона швидко їх запам’ятовує: класична картина перенавчання.</translation>
    </message>
    <message>
      <source>A line joins each test point to its reconstruction</source>
      <translation>Лінія з’єднує кожну тестову точку з її реконструкцією</translation>
    </message>
    <message>
      <source>A network that learned the digits 0–4 has convolution filters for strokes, edges and curves. Here the digits 5–9 must be learned from only 10 labelled images of each. The first variant starts its two convolution layers from the filters pretrained on 0–4 and freezes them (❄): only the last Dense layer learns, so the few examples only have to choose among features that already exist. The second variant learns the same network from scratch on the same 50 images.</source>
      <translation>Мережа, що навчилася розпізнавати цифри 0–4, має фільтри згортки для штрихів, країв і вигинів. Тут цифри 5–9 треба вивчити лише за 10 розміченими зображеннями кожної. Перший варіант починає свої два згорткові шари з фільтрів, попередньо навчених на 0–4, і заморожує їх (❄): навчається лише останній шар Dense, тож кільком прикладам достатньо вибрати серед ознак, які вже існують. Другий варіант навчає ту саму мережу з нуля на тих самих 50 зображеннях.</translation>
    </message>
    <message>
      <source>A plain RNN forgets</source>
      <translation>Проста RNN забуває</translation>
    </message>
    <message>
      <source>A presentation remote's buttons send PageDown, PageUp and F5: they play, step and pause training.</source>
      <translation>Кнопки пульта для презентацій надсилають PageDown, PageUp і F5: вони запускають, виконують крок і призупиняють навчання.</translation>
    </message>
    <message>
      <source>A race of optimizers</source>
      <translation>Перегони оптимізаторів</translation>
    </message>
    <message>
      <source>A readable nn.Module class generated from the design, with its weights saved beside it as a .pt state dict; runs with torch alone.</source>
      <translation>Читабельний клас nn.Module, згенерований зі схеми, з вагами, збереженими поруч як state_dict .pt; працює лише з torch.</translation>
    </message>
    <message>
      <source>A recurrent network reads a sequence one step at a time and carries a hidden state from step to step. This GRU reads a sum of two sine waves and, at every step, predicts the next value (many-to-many). Its update and reset gates decide how much of the old state to keep, so it can remember the phase and frequency it has seen so far.</source>
      <translation>Рекурентна мережа читає послідовність крок за кроком і переносить прихований стан від кроку до кроку. Ця GRU читає суму двох синусоїд і на кожному кроці передбачає наступне значення (багато-до-багатьох). Її вентилі оновлення та скидання вирішують, скільки старого стану зберегти, тож вона може пам’ятати фазу й частоту, які вже бачила.</translation>
    </message>
    <message>
      <source>A restricted Boltzmann machine has visible units v (the 64 pixels) and hidden units h, joined by weights W and never within a layer. Its energy E(v, h) = −b_v·v − b_h·h − hᵀWv gives every image a probability, and because there are no links inside a layer, P(h=1|v) = σ(Wv + b_h) and P(v=1|h) = σ(Wᵀh + b_v). Contrastive divergence (CD-1) needs no labels: start at a training image, sample the hidden units, reconstruct the image from them, sample again, and move W by ⟨v hᵀ⟩ on the data minus ⟨v hᵀ⟩ on the reconstruction, so the model's own fantasies look more like the data. For the first 600 steps only this runs; then a Dense layer on the hidden probabilities learns the digits with labels.</source>
      <translation>Обмежена машина Больцмана має видимі нейрони v (64 пікселі) і приховані нейрони h, з’єднані вагами W, але ніколи — в межах одного шару. Її енергія E(v, h) = −b_v·v − b_h·h − hᵀWv задає ймовірність кожного зображення, а оскільки всередині шару зв’язків немає, P(h=1|v) = σ(Wv + b_h) і P(v=1|h) = σ(Wᵀh + b_v). Контрастивна дивергенція (CD-1) не потребує міток: почніть із навчального зображення, виберіть випадкові стани прихованих нейронів, відновіть із них зображення, знову виберіть стани й змініть W на ⟨v hᵀ⟩ на даних мінус ⟨v hᵀ⟩ на реконструкції, щоб власні «фантазії» моделі більше скидалися на дані. Перші 600 кроків працює лише це; потім шар Dense на прихованих імовірностях вивчає цифри за мітками.</translation>
    </message>
    <message>
      <source>A restricted Boltzmann machine with 64 hidden units learns the 8×8 digits without labels by contrastive divergence (CD-1) for 600 steps; then a Dense layer on its hidden probabilities learns the labels by backprop.</source>
      <translation>Обмежена машина Больцмана з 64 прихованими нейронами 600 кроків вивчає цифри 8×8 без міток методом контрастивної дивергенції (CD-1); потім шар Dense на її прихованих імовірностях вивчає мітки зворотним поширенням помилки.</translation>
    </message>
    <message>
      <source>A shallow minimum on the right and a deeper one on the left: momentum can carry an optimizer over the ridge between them.</source>
      <translation>Неглибокий мінімум праворуч і глибший ліворуч: імпульс (momentum) може перенести оптимізатор через хребет між ними.</translation>
    </message>
    <message>
      <source>A single threshold neuron draws one straight line through the input square, and no line puts 01 and 10 on one side and 00 and 11 on the other: one neuron cannot compute XOR, whatever its weights. A network can. The first layer computes OR (weights 1, 1, θ = 0.5) and NAND (weights -1, -1, θ = -1.5); the output neuron computes AND of the two (weights 1, 1, θ = 1.5): 'at least one, but not both'. Thresholds halfway between whole numbers put each line between the corners of the square, with room on both sides. Change any weight and watch which rows break.</source>
      <translation>Один пороговий нейрон проводить одну пряму через квадрат входів, і жодна пряма не відокремить 01 і 10 з одного боку від 00 і 11 з іншого: один нейрон не може обчислити XOR, хоч які в нього ваги. А мережа може. Перший шар обчислює OR (ваги 1, 1, θ = 0.5) і NAND (ваги -1, -1, θ = -1.5); вихідний нейрон обчислює AND цих двох (ваги 1, 1, θ = 1.5): «принаймні один, але не обидва». Пороги посередині між цілими числами проводять кожну пряму між кутами квадрата із запасом з обох боків. Змініть будь-яку вагу й подивіться, які рядки стануть неправильними.</translation>
    </message>
    <message>
      <source>A small CNN reads digits</source>
      <translation>Мала CNN розпізнає цифри</translation>
    </message>
    <message>
      <source>A small MLP with two hidden layers of 8 tanh units on the moons. The activation curves panel plots each function beside its slope, the factor backpropagation multiplies by at every layer. Change the hidden layers' function in the inspector and press Reset to compare.</source>
      <translation>Малий MLP із двома прихованими шарами по 8 нейронів tanh на місяцях. Панель кривих активації малює кожну функцію поруч із її нахилом — множником, на який зворотне поширення помилки множить на кожному шарі. Змініть функцію прихованих шарів в інспекторі й натисніть «Скинути», щоб порівняти.</translation>
    </message>
    <message>
      <source>A small convolutional network on 5000 handwritten digits: two blocks of convolution, ReLU and max pooling (BatchNorm in the second), then one dense layer. About 11 thousand weights reach about 97–98 % test accuracy in 15 epochs. The first layer starts from faint random 5×5 filters (σ = 0.05): watch them turn into stroke and edge detectors. Training images are shifted by up to 1 pixel (data augmentation).</source>
      <translation>Невелика згорткова мережа на 5000 рукописних цифр: два блоки зі згортки, ReLU та максимального пулінгу (у другому — ще BatchNorm), потім один шар Dense. Близько 11 тисяч ваг дають приблизно 97–98 % точності на тесті за 15 епох. Перший шар починає з ледь помітних випадкових фільтрів 5×5 (σ = 0.05): стежте, як вони перетворюються на детектори штрихів і країв. Навчальні зображення зсуваються щонайбільше на 1 піксель (аугментація даних).</translation>
    </message>
    <message>
      <source>A sparse autoencoder</source>
      <translation>Розріджений автокодувальник</translation>
    </message>
    <message>
      <source>A sparse autoencoder: 64 sigmoid code units, with a KL penalty (β = 3) that pulls each unit's mean activation towards ρ = 0.05, so only a few units answer for each digit.</source>
      <translation>Розріджений автокодувальник: 64 нейрони коду із сигмоїдою та штрафом KL (β = 3), що тягне середню активацію кожного нейрона до ρ = 0.05, тож на кожну цифру відповідає лише кілька нейронів.</translation>
    </message>
    <message>
      <source>A valley 50 times steeper across than along: plain SGD zig-zags across it and crawls along it.</source>
      <translation>Долина, у 50 разів крутіша впоперек, ніж уздовж: звичайний SGD ходить по ній зигзагами впоперек і повзе вздовж.</translation>
    </message>
    <message>
      <source>AND</source>
      <translation>AND</translation>
    </message>
    <message>
      <source>About {app}</source>
      <translation>Про {app}</translation>
    </message>
    <message>
      <source>Accuracy stays near 25%, guessing among the 4 symbols, for hundreds of steps.</source>
      <translation>Точність сотні кроків тримається близько 25% — вгадування серед 4 символів.</translation>
    </message>
    <message>
      <source>Accuracy stays near chance (roughly 40–60%) and never settles, however long it trains.</source>
      <translation>Точність тримається на рівні випадкового вгадування (приблизно 40–60%) і не стабілізується, скільки б мережа не навчалася.</translation>
    </message>
    <message>
      <source>Action</source>
      <translation>Дія</translation>
    </message>
    <message>
      <source>Activation functions</source>
      <translation>Функції активації</translation>
    </message>
    <message>
      <source>Activation functions and their slopes</source>
      <translation>Функції активації та їхні нахили</translation>
    </message>
    <message>
      <source>Activations</source>
      <translation>Активації</translation>
    </message>
    <message>
      <source>AdaGrad</source>
      <translation>AdaGrad</translation>
    </message>
    <message>
      <source>Adam</source>
      <translation>Adam</translation>
    </message>
    <message>
      <source>Add a hidden layer (Dense + activation) before the last Dense layer</source>
      <translation>Додати прихований шар (Dense + активація) перед останнім шаром Dense</translation>
    </message>
    <message>
      <source>Add a learnable bias b to each neuron.</source>
      <translation>Додати навчуваний зсув b до кожного нейрона.</translation>
    </message>
    <message>
      <source>Add a learnable bias to each output channel.</source>
      <translation>Додати навчуваний зсув до кожного вихідного каналу.</translation>
    </message>
    <message>
      <source>Add hidden layer</source>
      <translation>Додати прихований шар</translation>
    </message>
    <message>
      <source>Add needs inputs of equal shape, got {got}: give the branches the same number of units</source>
      <translation>Add потребує входів однакової форми, отримано {got}: задайте гілкам однакову кількість нейронів</translation>
    </message>
    <message>
      <source>Add one hidden layer of 8 ReLU units between the inputs and the output and XOR becomes easy. Each hidden unit draws its own line; the output combines them, so the network can bend the boundary around the quadrants. It trains with backpropagation: the error at the output is passed backwards through the layers with the chain rule, and every weight moves against its gradient (here with Adam).</source>
      <translation>Додайте один прихований шар із 8 нейронів ReLU між входами й виходом — і XOR стає простим. Кожен прихований нейрон проводить власну пряму; вихід їх комбінує, тож мережа може вигнути межу навколо квадрантів. Вона навчається зворотним поширенням помилки: помилка на виході передається назад крізь шари за ланцюговим правилом, і кожна вага зсувається проти свого градієнта (тут — за допомогою Adam).</translation>
    </message>
    <message>
      <source>Add {kind}</source>
      <translation>Додати {kind}</translation>
    </message>
    <message>
      <source>Added to denominators to avoid division by zero (adaptive optimizers).</source>
      <translation>Додається до знаменників, щоб уникнути ділення на нуль (адаптивні оптимізатори).</translation>
    </message>
    <message>
      <source>Added to the variance to avoid division by zero.</source>
      <translation>Додається до дисперсії, щоб уникнути ділення на нуль.</translation>
    </message>
    <message>
      <source>Adding problem</source>
      <translation>Задача додавання</translation>
    </message>
    <message>
      <source>Adds its inputs element-wise: a skip (residual) connection, y = x + f(x).</source>
      <translation>Поелементно додає свої входи: обхідне (залишкове) з’єднання, y = x + f(x).</translation>
    </message>
    <message>
      <source>After 100 steps the pretrained, frozen network classifies the unseen test digits better than the one trained from scratch (about 0.89 against 0.85).</source>
      <translation>Після 100 кроків попередньо навчена, заморожена мережа класифікує небачені тестові цифри краще, ніж навчена з нуля (приблизно 0.89 проти 0.85).</translation>
    </message>
    <message>
      <source>After 1000 steps the pretrained network classifies about 90 % of the test digits correctly, the one trained from scratch about 86 %.</source>
      <translation>Після 1000 кроків попередньо навчена мережа правильно класифікує близько 90 % тестових цифр, а навчена з нуля — близько 86 %.</translation>
    </message>
    <message>
      <source>After 400 steps SGD's test loss is still above 0.15, momentum is below SGD's, and Adam and RMSProp are far below both SGD and AdaGrad.</source>
      <translation>Після 400 кроків втрати SGD на тесті все ще вищі за 0.15, у варіанта з імпульсом вони нижчі, ніж у SGD, а в Adam і RMSProp — значно нижчі, ніж і в SGD, і в AdaGrad.</translation>
    </message>
    <message>
      <source>After 400 steps the self-supervised network classifies the unseen digits better than the one trained from scratch (about 0.87 against 0.84); convolutions pretrained with labels on other digits do better still (about 0.88).</source>
      <translation>Після 400 кроків мережа із самокерованим попереднім навчанням класифікує небачені цифри краще, ніж навчена з нуля (приблизно 0.87 проти 0.84); згортки, попередньо навчені з мітками на інших цифрах, дають ще кращий результат (приблизно 0.88).</translation>
    </message>
    <message>
      <source>After 500 steps the dense network is at about 90% test accuracy, where the CNN has about 97%.</source>
      <translation>Після 500 кроків повнозв’язна мережа має близько 90% точності на тесті, тоді як CNN — близько 97%.</translation>
    </message>
    <message>
      <source>After 600 steps of CD-1 without labels and 300 with them, the network classifies more than 93 % of the test digits correctly.</source>
      <translation>Після 600 кроків CD-1 без міток і 300 — з мітками мережа правильно класифікує понад 93 % тестових цифр.</translation>
    </message>
    <message>
      <source>After every step (many-to-many)</source>
      <translation>Після кожного кроку («багато до багатьох»)</translation>
    </message>
    <message>
      <source>After the last step (many-to-one)</source>
      <translation>Після останнього кроку («багато до одного»)</translation>
    </message>
    <message>
      <source>Alice in Wonderland (words)</source>
      <translation>Аліса в Країні чудес (слова)</translation>
    </message>
    <message>
      <source>All digits</source>
      <translation>Усі цифри</translation>
    </message>
    <message>
      <source>Alpha</source>
      <translation>Альфа</translation>
    </message>
    <message>
      <source>Also draw each variant's training loss, dashed in the variant's colour</source>
      <translation>Також малювати втрати на навчанні кожного варіанта пунктиром кольору варіанта</translation>
    </message>
    <message>
      <source>Also read the sequence backwards and join both directions' states (doubles the outputs).</source>
      <translation>Також читати послідовність у зворотному напрямку й об’єднувати стани обох напрямків (подвоює виходи).</translation>
    </message>
    <message>
      <source>Always train on the processor: works on every computer, and is fastest for small networks</source>
      <translation>Завжди навчати на процесорі: працює на будь-якому комп'ютері й найшвидше для малих мереж</translation>
    </message>
    <message>
      <source>An LSTM remembers</source>
      <translation>LSTM пам’ятає</translation>
    </message>
    <message>
      <source>An autoencoder learns to copy its input through a bottleneck: the encoder maps each 784-pixel digit to a code of only 2 numbers, the decoder rebuilds the image from the code. Because the code is so small (an undercomplete autoencoder), it cannot copy pixels and must keep what matters most. Nobody tells it the labels, yet similar digits end up with similar codes.</source>
      <translation>Автокодувальник навчається копіювати свій вхід через вузьке місце: кодувальник перетворює кожну цифру з 784 пікселів на код лише з 2 чисел, декодер відновлює зображення з коду. Оскільки код такий малий (неповний автокодувальник), мережа не може копіювати пікселі й мусить зберегти найважливіше. Мітки їй ніхто не повідомляє, проте схожі цифри отримують схожі коди.</translation>
    </message>
    <message>
      <source>An autoencoder squeezes digits into two numbers</source>
      <translation>Автокодувальник стискає цифри до двох чисел</translation>
    </message>
    <message>
      <source>An input with a negative weight inhibits the neuron: the more it is active, the further the weighted sum falls below the threshold. One inhibitory input (weight -1) and θ = 0 give NOT: with the input at 0 the sum 0 reaches θ and the neuron fires; with the input at 1 the sum is -1 and it stays silent. Set the weight to +1 (an excitatory input) and the neuron copies its input instead: both rows turn red.</source>
      <translation>Вхід із від’ємною вагою гальмує нейрон: що активніший цей вхід, то нижче під порогом опиняється зважена сума. Один гальмівний вхід (вага -1) і θ = 0 дають NOT: коли вхід дорівнює 0, сума 0 досягає θ і нейрон спрацьовує; коли вхід дорівнює 1, сума дорівнює -1 і нейрон мовчить. Задайте вагу +1 (збуджувальний вхід) — і нейрон натомість копіюватиме свій вхід: обидва рядки стануть червоними.</translation>
    </message>
    <message>
      <source>An undercomplete autoencoder squeezes each 784-pixel digit through a code of 2 numbers and rebuilds it. The latent-space panel shows the digits sorting themselves into regions, and decodes a grid of codes.</source>
      <translation>Неповний автокодувальник стискає кожну цифру з 784 пікселів через код із 2 чисел і відновлює її. Панель латентного простору показує, як цифри розподіляються по областях, і декодує сітку кодів.</translation>
    </message>
    <message>
      <source>An unexpected error happened. The app is still running: save your design to be safe.</source>
      <translation>Сталася неочікувана помилка. Програма працює далі: про всяк випадок збережіть схему.</translation>
    </message>
    <message>
      <source>Apple MPS is not available: it needs a Mac with Apple silicon and a torch built for macOS. Choose CPU or Auto as the training device</source>
      <translation>Apple MPS недоступний: потрібен Mac з процесором Apple і torch, зібраний для macOS. Оберіть пристроєм навчання CPU або «Авто»</translation>
    </message>
    <message>
      <source>Apple MPS is not available: it needs macOS 12.3 or later on a Mac with Apple silicon. Choose CPU or Auto as the training device</source>
      <translation>Apple MPS недоступний: потрібна macOS 12.3 або новіша на Mac з процесором Apple. Оберіть пристроєм навчання CPU або «Авто»</translation>
    </message>
    <message>
      <source>Applies a non-linear function to every value. Without non-linearities a deep net is just one linear map.</source>
      <translation>Застосовує нелінійну функцію до кожного значення. Без нелінійностей глибока мережа — лише одне лінійне відображення.</translation>
    </message>
    <message>
      <source>Arrange the layers left to right</source>
      <translation>Розташувати шари зліва направо</translation>
    </message>
    <message>
      <source>Arranges the same values in a new shape, e.g. a flat vector of 784 values as a 1×28×28 image for convolutions. The new shape must hold exactly as many values.</source>
      <translation>Розташовує ті самі значення в новій формі, напр. плоский вектор із 784 значень як зображення 1×28×28 для згорток. Нова форма має вміщувати рівно стільки ж значень.</translation>
    </message>
    <message>
      <source>Arrows</source>
      <translation>Стрілки</translation>
    </message>
    <message>
      <source>At most {n} designs train side by side</source>
      <translation>Максимум схем для одночасного навчання: {n}</translation>
    </message>
    <message>
      <source>Auto-&amp;Layout</source>
      <translation>&amp;Авторозміщення</translation>
    </message>
    <message>
      <source>Auto-layout</source>
      <translation>Авторозміщення</translation>
    </message>
    <message>
      <source>Autoencoder</source>
      <translation>Автокодувальник</translation>
    </message>
    <message>
      <source>Autoencoder (reconstruct the input)</source>
      <translation>Автокодувальник (відтворює вхід)</translation>
    </message>
    <message>
      <source>Autoencoders</source>
      <translation>Автокодувальники</translation>
    </message>
    <message>
      <source>Automatic (BCE / cross-entropy / MSE)</source>
      <translation>Автоматично (BCE / крос-ентропія / MSE)</translation>
    </message>
    <message>
      <source>Averages each channel over the whole image: C×H×W becomes C numbers, one per filter. A light replacement for Flatten + Dense at the end of a convolutional network.</source>
      <translation>Усереднює кожен канал по всьому зображенню: C×H×W стає C числами, по одному на фільтр. Легка заміна Flatten + Dense наприкінці згорткової мережі.</translation>
    </message>
    <message>
      <source>B (editing)</source>
      <translation>B (редагується)</translation>
    </message>
    <message>
      <source>Back to Live</source>
      <translation>Повернутися до поточного стану</translation>
    </message>
    <message>
      <source>Back to the newest snapshot ({key})</source>
      <translation>Назад до найновішого знімка ({key})</translation>
    </message>
    <message>
      <source>Backprop trains any design by gradient descent; the perceptron rule is Rosenblatt's update for a single layer of step units.</source>
      <translation>Зворотне поширення помилки навчає будь-яку схему градієнтним спуском; правило перцептрона — це оновлення Розенблатта для одного шару порогових нейронів.</translation>
    </message>
    <message>
      <source>Backpropagation</source>
      <translation>Зворотне поширення помилки</translation>
    </message>
    <message>
      <source>Baseline</source>
      <translation>Базовий варіант</translation>
    </message>
    <message>
      <source>Batch normalisation for images: normalises each channel over the batch and all pixel positions to mean 0 and variance 1, then scales and shifts it (one γ and one β per channel).</source>
      <translation>Пакетна нормалізація для зображень: нормалізує кожен канал за пакетом і всіма позиціями пікселів до середнього 0 і дисперсії 1, потім масштабує та зсуває його (одне γ і одне β на канал).</translation>
    </message>
    <message>
      <source>Batch size</source>
      <translation>Розмір пакета</translation>
    </message>
    <message>
      <source>Beta1</source>
      <translation>Бета1</translation>
    </message>
    <message>
      <source>Beta2</source>
      <translation>Бета2</translation>
    </message>
    <message>
      <source>Bias</source>
      <translation>Зсув</translation>
    </message>
    <message>
      <source>Bidirectional</source>
      <translation>Двонаправлений</translation>
    </message>
    <message>
      <source>Bilinear (smooth blend)</source>
      <translation>Білінійна (плавне змішування)</translation>
    </message>
    <message>
      <source>Binary classification</source>
      <translation>Бінарна класифікація</translation>
    </message>
    <message>
      <source>Binary cross-entropy</source>
      <translation>Бінарна крос-ентропія</translation>
    </message>
    <message>
      <source>Both (alternating)</source>
      <translation>Обидва (по черзі)</translation>
    </message>
    <message>
      <source>Both boundaries close around the circle; the loss curves start at different heights.</source>
      <translation>Обидві межі замикаються навколо кола; криві втрат починаються з різної висоти.</translation>
    </message>
    <message>
      <source>Both networks end in a sigmoid that gives P(class 1). The first learns with binary cross-entropy, the loss of classification; the second treats the 0/1 labels as numbers to fit with the mean squared error, the loss of regression. Both can separate the classes, but their loss values live on different scales: at chance BCE is 0.69 and MSE 0.25, so compare accuracies, not losses.</source>
      <translation>Обидві мережі закінчуються сигмоїдою, що дає P(клас 1). Перша навчається з бінарною крос-ентропією — функцією втрат для класифікації; друга трактує мітки 0/1 як числа, які треба наблизити за середньоквадратичною помилкою, — функцією втрат для регресії. Обидві здатні розділити класи, але їхні значення втрат лежать у різних масштабах: на рівні випадкового вгадування BCE дорівнює 0.69, а MSE — 0.25, тож порівнюйте точність, а не втрати.</translation>
    </message>
    <message>
      <source>Both reach a test loss (mean squared error) below 0.01 within 400 steps, from the 0.167 of always answering the mean: on this task the peepholes neither help nor hurt much.</source>
      <translation>Обидві мережі за 400 кроків досягають втрат на тесті (середньоквадратична помилка) нижче 0.01 — від 0.167, які дає постійна відповідь середнім: на цій задачі вічка не надто допомагають і не надто шкодять.</translation>
    </message>
    <message>
      <source>Both reach at least 95% test accuracy within 600 steps of SGD; each ends with a small loss on its own scale (BCE under 0.2, MSE under 0.1).</source>
      <translation>Обидві досягають щонайменше 95% точності на тесті за 600 кроків SGD; кожна завершує з малими втратами у власному масштабі (BCE нижче 0.2, MSE нижче 0.1).</translation>
    </message>
    <message>
      <source>Both variants fit their 100 labelled images perfectly (training accuracy 1.0), but the pretrained one generalises better: its test accuracy is several points higher and its test loss lower. The RBM panels show the first RBM learning, then the second.</source>
      <translation>Обидва варіанти ідеально вивчають свої 100 розмічених зображень (точність на навчанні 1.0), але попередньо навчений краще узагальнює: його точність на тесті на кілька пунктів вища, а втрати на тесті — нижчі. Панелі RBM показують, як навчається перша RBM, а потім друга.</translation>
    </message>
    <message>
      <source>Build a neural network in a node editor, watch it learn, export it.</source>
      <translation>Побудуйте нейронну мережу у вузловому редакторі, спостерігайте, як вона навчається, експортуйте її.</translation>
    </message>
    <message>
      <source>C&amp;ompare</source>
      <translation>&amp;Порівняння</translation>
    </message>
    <message>
      <source>CD steps k</source>
      <translation>Кроки CD k</translation>
    </message>
    <message>
      <source>CNN</source>
      <translation>CNN</translation>
    </message>
    <message>
      <source>CSV file</source>
      <translation>Файл CSV</translation>
    </message>
    <message>
      <source>CSV tables (*.csv *.tsv *.txt);;All files (*)</source>
      <translation>Таблиці CSV (*.csv *.tsv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
      <source>CSV tables (*.csv)</source>
      <translation>Таблиці CSV (*.csv)</translation>
    </message>
    <message>
      <source>CU&amp;DA (NVIDIA GPU)</source>
      <translation>CU&amp;DA (GPU NVIDIA)</translation>
    </message>
    <message>
      <source>CUDA is not available: the installed torch is a CPU-only build. Install a CUDA build of torch, or choose CPU or Auto as the training device</source>
      <translation>CUDA недоступна: встановлений torch зібрано лише для CPU. Встановіть збірку torch з CUDA або оберіть пристроєм навчання CPU чи «Авто»</translation>
    </message>
    <message>
      <source>CUDA is not available: this computer has no NVIDIA GPU that torch can use (or its driver does not work). Choose CPU or Auto as the training device</source>
      <translation>CUDA недоступна: на цьому комп'ютері немає GPU NVIDIA, який може використати torch (або не працює його драйвер). Оберіть пристроєм навчання CPU або «Авто»</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Скасувати</translation>
    </message>
    <message>
      <source>Cannot compare: {reason}</source>
      <translation>Неможливо порівняти: {reason}</translation>
    </message>
    <message>
      <source>Cannot open project</source>
      <translation>Не вдалося відкрити проєкт</translation>
    </message>
    <message>
      <source>Cannot paste: {reason}.</source>
      <translation>Неможливо вставити: {reason}.</translation>
    </message>
    <message>
      <source>Cannot preview the data: {error}</source>
      <translation>Не вдалося показати дані: {error}</translation>
    </message>
    <message>
      <source>Cannot read the folder {name} ({reason}): check it exists and is readable.</source>
      <translation>Не вдається прочитати теку {name} ({reason}): перевірте, що вона існує і доступна для читання.</translation>
    </message>
    <message>
      <source>Cannot read {file}: {reason}</source>
      <translation>Не вдається прочитати {file}: {reason}</translation>
    </message>
    <message>
      <source>Cannot read {name}: {reason}.</source>
      <translation>Не вдається прочитати {name}: {reason}.</translation>
    </message>
    <message>
      <source>Cannot save project</source>
      <translation>Не вдалося зберегти проєкт</translation>
    </message>
    <message>
      <source>Canvas</source>
      <translation>Полотно</translation>
    </message>
    <message>
      <source>Capacity: width against depth</source>
      <translation>Ємність: ширина проти глибини</translation>
    </message>
    <message>
      <source>Cells: test accuracy (regression: test loss). Gradient bars:</source>
      <translation>Клітинки: точність на тесті (регресія: втрати на тесті). Стовпчики градієнтів:</translation>
    </message>
    <message>
      <source>Change the compared designs</source>
      <translation>Змінити схеми для порівняння</translation>
    </message>
    <message>
      <source>Channels × height × width of your images, recorded when the file is loaded.</source>
      <translation>Канали × висота × ширина ваших зображень, визначені під час завантаження файлу.</translation>
    </message>
    <message>
      <source>Choose .npz…</source>
      <translation>Вибрати .npz…</translation>
    </message>
    <message>
      <source>Choose CSV…</source>
      <translation>Вибрати CSV…</translation>
    </message>
    <message>
      <source>Choose a CSV table</source>
      <translation>Виберіть таблицю CSV</translation>
    </message>
    <message>
      <source>Choose a folder of class folders</source>
      <translation>Виберіть теку з теками класів</translation>
    </message>
    <message>
      <source>Choose a lesson</source>
      <translation>Виберіть урок</translation>
    </message>
    <message>
      <source>Choose a lesson of the course: a ready design with what to explain and what to watch for</source>
      <translation>Виберіть урок курсу: готова схема з поясненням, що розповісти і на що звернути увагу</translation>
    </message>
    <message>
      <source>Choose an .npz file of images and labels</source>
      <translation>Виберіть файл .npz із зображеннями й мітками</translation>
    </message>
    <message>
      <source>Choose at least one feature column: the network needs an input.</source>
      <translation>Виберіть принаймні один стовпець ознак: мережі потрібен вхід.</translation>
    </message>
    <message>
      <source>Choose folder…</source>
      <translation>Вибрати теку…</translation>
    </message>
    <message>
      <source>Circle</source>
      <translation>Коло</translation>
    </message>
    <message>
      <source>Class names</source>
      <translation>Назви класів</translation>
    </message>
    <message>
      <source>Class:</source>
      <translation>Клас:</translation>
    </message>
    <message>
      <source>Classes</source>
      <translation>Класи</translation>
    </message>
    <message>
      <source>Classes (classification)</source>
      <translation>Класи (класифікація)</translation>
    </message>
    <message>
      <source>Classes: one output per class (text or few whole numbers). Values: one number out.</source>
      <translation>Класи: один вихід на клас (текст або кілька цілих чисел). Значення: одне число на виході.</translation>
    </message>
    <message>
      <source>Classic neurons</source>
      <translation>Класичні нейрони</translation>
    </message>
    <message>
      <source>Classification</source>
      <translation>Класифікація</translation>
    </message>
    <message>
      <source>Classification loss or regression loss</source>
      <translation>Втрати класифікації чи втрати регресії</translation>
    </message>
    <message>
      <source>Classification: BCE</source>
      <translation>Класифікація: BCE</translation>
    </message>
    <message>
      <source>Clear</source>
      <translation>Очистити</translation>
    </message>
    <message>
      <source>Clear drawing</source>
      <translation>Очистити малюнок</translation>
    </message>
    <message>
      <source>Clear list</source>
      <translation>Очистити список</translation>
    </message>
    <message>
      <source>Clear the drawn target</source>
      <translation>Очистити намальовану ціль</translation>
    </message>
    <message>
      <source>Click or drag to draw the target · right-click clears</source>
      <translation>Клацніть або ведіть мишею, щоб намалювати ціль · правий клік очищає</translation>
    </message>
    <message>
      <source>Click to add points of the chosen class · right-click removes the nearest</source>
      <translation>Клацніть, щоб додати точки вибраного класу · правий клік видаляє найближчу</translation>
    </message>
    <message>
      <source>Click to select that layer.</source>
      <translation>Клацніть, щоб виділити цей шар.</translation>
    </message>
    <message>
      <source>Clip the gradient's total norm to this value (0: off).</source>
      <translation>Обрізати загальну норму градієнта до цього значення (0: вимкнено).</translation>
    </message>
    <message>
      <source>Close the gallery without opening a lesson</source>
      <translation>Закрити галерею, не відкриваючи уроку</translation>
    </message>
    <message>
      <source>Close the window</source>
      <translation>Закрити вікно</translation>
    </message>
    <message>
      <source>Colour the plane by the discriminator's verdict P(real): green where D says real, purple where it says fake, grey where it cannot tell (0.5)</source>
      <translation>Розфарбувати площину за вердиктом дискримінатора P(справжній): зелений — де D вважає справжнім, фіолетовий — де фальшивим, сірий — де не може визначити (0.5)</translation>
    </message>
    <message>
      <source>Columns in large units would otherwise dominate the first layer</source>
      <translation>Інакше стовпці з великими одиницями домінували б у першому шарі</translation>
    </message>
    <message>
      <source>Compare With a &amp;Copy</source>
      <translation>Порівняти з &amp;копією</translation>
    </message>
    <message>
      <source>Compare the test accuracy curve with the one of the CNN lesson after the same number of steps.</source>
      <translation>Порівняйте криву точності на тесті з кривою з уроку про CNN після тієї ж кількості кроків.</translation>
    </message>
    <message>
      <source>Compare the three rows of the reconstruction panel: the clean digit, the noisy input and the rebuilt digit, which is clean again.</source>
      <translation>Порівняйте три рядки панелі реконструкцій: чиста цифра, зашумлений вхід і відновлена цифра, знову чиста.</translation>
    </message>
    <message>
      <source>Compare with a copy</source>
      <translation>Порівняти з копією</translation>
    </message>
    <message>
      <source>Compares the gradient reaching the first layer with the last layer's: below 1/100 it vanishes, above 100× it explodes</source>
      <translation>Порівнює градієнт, що доходить до першого шару, з градієнтом останнього шару: нижче 1/100 — згасання, вище 100× — вибух</translation>
    </message>
    <message>
      <source>Compares the gradient reaching the first step's hidden state with the last step's: below 1/100 it vanishes, above 100× it explodes</source>
      <translation>Порівнює градієнт, що доходить до прихованого стану першого кроку, з градієнтом останнього кроку: нижче 1/100 — згасання, вище 100× — вибух</translation>
    </message>
    <message>
      <source>Comparing: {copy} is frozen; change the design (variant {editing}) and press Play</source>
      <translation>Порівняння: {copy} заморожено; змініть схему (варіант {editing}) і натисніть «Пуск»</translation>
    </message>
    <message>
      <source>Comparison: loss</source>
      <translation>Порівняння: втрати</translation>
    </message>
    <message>
      <source>Comparison: variants</source>
      <translation>Порівняння: варіанти</translation>
    </message>
    <message>
      <source>Computing the paths…</source>
      <translation>Обчислення траєкторій…</translation>
    </message>
    <message>
      <source>Concat joins along the first dimension; the others must match, got {got}</source>
      <translation>Concat з’єднує вздовж першого виміру; інші мають збігатися, отримано {got}</translation>
    </message>
    <message>
      <source>Confusion matrix: rows are the true classes, columns the predicted ones; hover a cell for its count</source>
      <translation>Матриця помилок: рядки — справжні класи, стовпці — передбачені; наведіть на клітинку, щоб побачити кількість</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>З’єднати</translation>
    </message>
    <message>
      <source>Connection: select it and press Delete to disconnect</source>
      <translation>З’єднання: виділіть його й натисніть Delete, щоб роз’єднати</translation>
    </message>
    <message>
      <source>Context vectors</source>
      <translation>Контекстні вектори</translation>
    </message>
    <message>
      <source>Context window (±h)</source>
      <translation>Контекстне вікно (±h)</translation>
    </message>
    <message>
      <source>Context window ±h: the words up to h places before and after a word count as its context (word2vec).</source>
      <translation>Контекстне вікно ±h: слова, що стоять щонайбільше на h позицій перед словом або після нього, належать до його контексту (word2vec).</translation>
    </message>
    <message>
      <source>Convolution</source>
      <translation>Згортка</translation>
    </message>
    <message>
      <source>Convolution filters</source>
      <translation>Фільтри згортки</translation>
    </message>
    <message>
      <source>Copy details</source>
      <translation>Копіювати подробиці</translation>
    </message>
    <message>
      <source>Copy the selected layers</source>
      <translation>Копіювати виділені шари</translation>
    </message>
    <message>
      <source>Core</source>
      <translation>Основні</translation>
    </message>
    <message>
      <source>Corruption level</source>
      <translation>Рівень спотворення</translation>
    </message>
    <message>
      <source>Cross-entropy</source>
      <translation>Крос-ентропія</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>Ви&amp;різати</translation>
    </message>
    <message>
      <source>Cures for overfitting</source>
      <translation>Засоби від перенавчання</translation>
    </message>
    <message>
      <source>Cut the selected layers</source>
      <translation>Вирізати виділені шари</translation>
    </message>
    <message>
      <source>D loss: how badly the discriminator tells real from generated samples (lower: D wins). G loss: how badly the generator fools D (lower: G wins). In a balanced game neither wins for long</source>
      <translation>Втрати D: наскільки погано дискримінатор відрізняє справжні зразки від згенерованих (нижче — D виграє). Втрати G: наскільки погано генератор обманює D (нижче — G виграє). У збалансованій грі ніхто не виграє надовго</translation>
    </message>
    <message>
      <source>D map</source>
      <translation>Карта D</translation>
    </message>
    <message>
      <source>D steps (k_D)</source>
      <translation>Кроки D (k_D)</translation>
    </message>
    <message>
      <source>D(real) {d_real} · D(fake) {d_fake} · distance {distance}</source>
      <translation>D(справжні) {d_real} · D(фальшиві) {d_fake} · відстань {distance}</translation>
    </message>
    <message>
      <source>D(real), D(fake): the mean P(real) the discriminator gives real and generated samples (both near 0.5 when it cannot tell them apart). Distance: energy distance between the real and generated samples (0 when they have the same distribution)</source>
      <translation>D(справжні), D(фальшиві): середня P(справжній), яку дискримінатор дає справжнім і згенерованим зразкам (обидві близько 0.5, коли він не може їх розрізнити). Відстань: енергетична відстань між справжніми і згенерованими зразками (0, коли в них однаковий розподіл)</translation>
    </message>
    <message>
      <source>DBN (pretrained)</source>
      <translation>DBN (попередньо навчена)</translation>
    </message>
    <message>
      <source>Dark</source>
      <translation>Темна</translation>
    </message>
    <message>
      <source>Data</source>
      <translation>Дані</translation>
    </message>
    <message>
      <source>Data augmentation for images: move each training image by a random 0..k pixels in x and y, anew every time it is used, so the network learns that a shifted digit is the same digit (0: off).</source>
      <translation>Аугментація даних для зображень: зсуває кожне навчальне зображення на випадкові 0..k пікселів по x і y, щоразу по-новому, тож мережа вчиться, що зсунута цифра — та сама цифра (0: вимкнено).</translation>
    </message>
    <message>
      <source>Dataset</source>
      <translation>Набір даних</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>&amp;Видалити</translation>
    </message>
    <message>
      <source>Dead: ReLU units that output 0 for every sample. Saturated: sigmoid/tanh outputs in the flat tails, where the derivative is almost 0</source>
      <translation>Мертві: нейрони ReLU, що видають 0 для кожного зразка. Насичені: виходи сигмоїди/tanh у пологих хвостах, де похідна майже 0</translation>
    </message>
    <message>
      <source>Decay of the gradient average (Adam, NAdam).</source>
      <translation>Коефіцієнт згасання середнього градієнта (Adam, NAdam).</translation>
    </message>
    <message>
      <source>Decay of the squared-gradient average (Adam, NAdam).</source>
      <translation>Коефіцієнт згасання середнього квадрата градієнта (Adam, NAdam).</translation>
    </message>
    <message>
      <source>Decay of the squared-gradient average (RMSProp).</source>
      <translation>Коефіцієнт згасання середнього квадрата градієнта (RMSProp).</translation>
    </message>
    <message>
      <source>Decision boundary</source>
      <translation>Межа рішень</translation>
    </message>
    <message>
      <source>Decoded grid</source>
      <translation>Сітка декодування</translation>
    </message>
    <message>
      <source>Deep belief net vs training from scratch</source>
      <translation>Мережа глибокої довіри проти навчання з нуля</translation>
    </message>
    <message>
      <source>Deep belief nets</source>
      <translation>Мережі глибокої довіри</translation>
    </message>
    <message>
      <source>Deep belief networks</source>
      <translation>Мережі глибокої довіри</translation>
    </message>
    <message>
      <source>Default number of update steps for a headless run.</source>
      <translation>Кількість кроків оновлення за замовчуванням для запуску без інтерфейсу.</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Видалити</translation>
    </message>
    <message>
      <source>Delete the selected layers</source>
      <translation>Видалити виділені шари</translation>
    </message>
    <message>
      <source>Denoising autoencoder: corrupt the network's input (never the target it reconstructs) with Gaussian noise or by blanking a share of the pixels.</source>
      <translation>Шумоподавлювальний автокодувальник: спотворює вхід мережі (але ніколи ціль, яку вона відтворює) гауссовим шумом або обнуленням частки пікселів.</translation>
    </message>
    <message>
      <source>Dense network on digits, for comparison</source>
      <translation>Повнозв’язна мережа на цифрах, для порівняння</translation>
    </message>
    <message>
      <source>Depth for the spirals</source>
      <translation>Глибина для спіралей</translation>
    </message>
    <message>
      <source>Details were saved to {path}.</source>
      <translation>Подробиці збережено в {path}.</translation>
    </message>
    <message>
      <source>Detected from the file; untick it if the first row is data</source>
      <translation>Визначено з файлу; зніміть позначку, якщо перший рядок — дані</translation>
    </message>
    <message>
      <source>Digits</source>
      <translation>Цифри</translation>
    </message>
    <message>
      <source>Digits 0–4</source>
      <translation>Цифри 0–4</translation>
    </message>
    <message>
      <source>Digits 28×28 (MNIST 5k)</source>
      <translation>Цифри 28×28 (MNIST 5k)</translation>
    </message>
    <message>
      <source>Digits 5–9</source>
      <translation>Цифри 5–9</translation>
    </message>
    <message>
      <source>Digits 8×8 (UCI)</source>
      <translation>Цифри 8×8 (UCI)</translation>
    </message>
    <message>
      <source>Dilation</source>
      <translation>Розрідження (dilation)</translation>
    </message>
    <message>
      <source>Dimension</source>
      <translation>Вимір</translation>
    </message>
    <message>
      <source>Disconnect</source>
      <translation>Роз’єднати</translation>
    </message>
    <message>
      <source>Discretize</source>
      <translation>Дискретизувати</translation>
    </message>
    <message>
      <source>Discriminator D</source>
      <translation>Дискримінатор D</translation>
    </message>
    <message>
      <source>Discriminator only</source>
      <translation>Лише дискримінатор</translation>
    </message>
    <message>
      <source>Discriminator updates per iteration (GAN).</source>
      <translation>Кількість оновлень дискримінатора за ітерацію (GAN).</translation>
    </message>
    <message>
      <source>Dismiss</source>
      <translation>Закрити</translation>
    </message>
    <message>
      <source>Distributed representation: three lines, seven regions</source>
      <translation>Розподілене подання: три прямі, сім областей</translation>
    </message>
    <message>
      <source>Distribution</source>
      <translation>Розподіл</translation>
    </message>
    <message>
      <source>Dock Back All Plots</source>
      <translation>Повернути всі графіки на панель</translation>
    </message>
    <message>
      <source>Dock Back {panel}</source>
      <translation>Повернути {panel} на місце</translation>
    </message>
    <message>
      <source>Dots: real samples (green) and the generator's samples (purple). Arrows: where the generator's loss moves each generated sample. Background (bar on the right): the discriminator's P(real)</source>
      <translation>Точки: справжні зразки (зелені) і зразки генератора (фіолетові). Стрілки: куди втрати генератора зсувають кожен згенерований зразок. Тло (шкала праворуч): P(справжній) дискримінатора</translation>
    </message>
    <message>
      <source>Drag a layer onto the canvas, or double-click / Enter to add it at the centre</source>
      <translation>Перетягніть шар на полотно або двічі клацніть / натисніть Enter, щоб додати його в центрі</translation>
    </message>
    <message>
      <source>Drag layers here from the palette. Drag from an output port to an input port to connect. Wheel: zoom. Middle button or Space+drag: pan.</source>
      <translation>Перетягуйте сюди шари з палітри. Щоб з’єднати, перетягніть від вихідного порту до вхідного. Коліщатко: масштаб. Середня кнопка або Space+перетягування: панорамування.</translation>
    </message>
    <message>
      <source>Draw points</source>
      <translation>Малювати точки</translation>
    </message>
    <message>
      <source>Draw points of class {k}</source>
      <translation>Малювати точки класу {k}</translation>
    </message>
    <message>
      <source>Draw the target</source>
      <translation>Намалювати ціль</translation>
    </message>
    <message>
      <source>Draw your data: pick a class beside the preview and click on the plane to add points (at least 2; {count} so far).</source>
      <translation>Намалюйте свої дані: виберіть клас біля попереднього перегляду і клацайте на площині, щоб додати точки (щонайменше 2; зараз: {count}).</translation>
    </message>
    <message>
      <source>Drawn by you</source>
      <translation>Намальовано вами</translation>
    </message>
    <message>
      <source>Drawn by you (classes)</source>
      <translation>Намальовані вами (класи)</translation>
    </message>
    <message>
      <source>Drawn points</source>
      <translation>Намальовані точки</translation>
    </message>
    <message>
      <source>Dropout</source>
      <translation>Дропаут</translation>
    </message>
    <message>
      <source>Dropout for images: during training, zeroes whole channels (feature maps) with probability p and scales the rest. Neighbouring pixels are alike, so dropping single pixels would hide little.</source>
      <translation>Дропаут для зображень: під час навчання обнуляє цілі канали (карти ознак) з імовірністю p і масштабує решту. Сусідні пікселі схожі, тож відкидання окремих пікселів мало що приховало б.</translation>
    </message>
    <message>
      <source>Duplicate the selected layers</source>
      <translation>Дублювати виділені шари</translation>
    </message>
    <message>
      <source>During training, zeroes each value with probability p (and scales the rest), so neurons cannot co-adapt.</source>
      <translation>Під час навчання обнуляє кожне значення з імовірністю p (і масштабує решту), тож нейрони не можуть коадаптуватися.</translation>
    </message>
    <message>
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <source>ELU: smooth, and negative outputs down to −α keep the mean near 0.</source>
      <translation>ELU: гладка, а від’ємні виходи до −α утримують середнє близько 0.</translation>
    </message>
    <message>
      <source>Each cell: a variant's decision boundary, its test score, and its gradient norms per layer (input on the left; bar height: log10 of the norm, the same scale in every cell)</source>
      <translation>Кожна клітинка: межа рішень варіанта, його результат на тесті та норми градієнтів по шарах (вхід ліворуч; висота стовпчика — log10 норми, однакова шкала в усіх клітинках)</translation>
    </message>
    <message>
      <source>Each column is one step: the symbol the network reads, the target, its prediction (green right, red wrong) and the probability it gave the target (bar, full = 1)</source>
      <translation>Кожен стовпець — один крок: символ, який читає мережа, ціль, її прогноз (зелений — правильно, червоний — помилка) та ймовірність, яку вона дала цілі (стовпчик, повний = 1)</translation>
    </message>
    <message>
      <source>Each dot is a word vector seen along the two directions in which the vectors differ most (PCA)</source>
      <translation>Кожна точка — вектор слова в проєкції на два напрямки, у яких вектори відрізняються найбільше (PCA)</translation>
    </message>
    <message>
      <source>Each layer's gradient compared with the last layer's: below 1/100 vanishing, above 100× exploding</source>
      <translation>Градієнт кожного шару порівняно з градієнтом останнього: нижче 1/100 — згасання, вище 100× — вибух</translation>
    </message>
    <message>
      <source>Each map: rows are the layer's units, columns the time steps of the sequence</source>
      <translation>Кожна карта: рядки — нейрони шару, стовпці — часові кроки послідовності</translation>
    </message>
    <message>
      <source>Each measurement uses the same 500 training and 500 test samples</source>
      <translation>Кожне вимірювання використовує ті самі 500 навчальних і 500 тестових зразків</translation>
    </message>
    <message>
      <source>Each sequence is a sum of two sine waves with random frequencies and phases: predict the next value after the last step (many-to-one) or after every step (many-to-many).</source>
      <translation>Кожна послідовність — сума двох синусоїд із випадковими частотами й фазами: передбачте наступне значення після останнього кроку (багато-до-одного) або після кожного кроку (багато-до-багатьох).</translation>
    </message>
    <message>
      <source>Each side grows by this factor.</source>
      <translation>Кожна сторона збільшується в стільки разів.</translation>
    </message>
    <message>
      <source>Each small image is one channel of a layer's output for the chosen sample; each layer has its own scale (dark = its lowest value, yellow = its highest)</source>
      <translation>Кожне маленьке зображення — один канал виходу шару для вибраного зразка; кожен шар має власну шкалу (темний = його найменше значення, жовтий = найбільше)</translation>
    </message>
    <message>
      <source>Each small map is one unit's output over the input plane; hover to enlarge</source>
      <translation>Кожна маленька карта — вихід одного нейрона на вхідній площині; наведіть, щоб збільшити</translation>
    </message>
    <message>
      <source>Each small picture is the decoder's output for the code at its centre</source>
      <translation>Кожне маленьке зображення — вихід декодера для коду в його центрі</translation>
    </message>
    <message>
      <source>Each step holds a random value and a marker; two steps are marked, one in each half of the sequence. Predict the sum of the two marked values: a long-range dependency that grows with the length.</source>
      <translation>Кожен крок містить випадкове значення і позначку; позначено два кроки, по одному в кожній половині послідовності. Передбачте суму двох позначених значень: далека залежність, що зростає з довжиною.</translation>
    </message>
    <message>
      <source>Each step unit splits the plane by a line; the pattern of units that fire names a region. n lines make up to 1 + n + n(n−1)/2 regions, a decision tree with n tests only n + 1 leaves</source>
      <translation>Кожен пороговий нейрон ділить площину прямою; набір нейронів, що спрацювали, визначає область. n прямих утворюють до 1 + n + n(n−1)/2 областей, а дерево рішень з n перевірками — лише n + 1 листків</translation>
    </message>
    <message>
      <source>Each tile is one hidden unit: its weight to every visible unit, drawn where that unit lies in the image (red excites the unit, blue inhibits it). Trained units become stroke and blob detectors.</source>
      <translation>Кожна плитка — один прихований нейрон: його вага до кожного видимого нейрона, намальована там, де цей нейрон розташований на зображенні (червоний збуджує нейрон, синій гальмує). Навчені нейрони стають детекторами штрихів і плям.</translation>
    </message>
    <message>
      <source>Each tile is one kernel; hover a tile to see which filter and input channel it is</source>
      <translation>Кожна плитка — одне ядро; наведіть на плитку, щоб побачити, які це фільтр і вхідний канал</translation>
    </message>
    <message>
      <source>Each unit of a layer is a feature: here three step units, each a line across the plane, firing on one side. A decision tree that uses the same three features one after another ends in as many regions as it has leaves: 4 for a tree of depth 2 with three tests. The layer instead uses all three at once, and every combination of on and off is a region of its own: 7 of the 8 codes appear, and with n units the count grows as 1 + n + n(n−1)/2 — the power of a distributed representation (lecture 7, figure 1). The dense head then learns which regions belong to the disc. Move a line (edit a unit's θ) and watch the regions change; make two lines parallel and one region disappears.</source>
      <translation>Кожен нейрон шару — це ознака: тут три порогові нейрони, кожен — пряма через площину, що спрацьовує з одного її боку. Дерево рішень, яке використовує ті самі три ознаки одну за одною, має стільки областей, скільки в нього листків: 4 для дерева глибини 2 з трьома перевірками. Шар же використовує всі три одночасно, і кожна комбінація увімкнених і вимкнених нейронів — окрема область: з’являються 7 із 8 кодів, а з n нейронами їхня кількість зростає як 1 + n + n(n−1)/2 — сила розподіленого подання (лекція 7, рис. 1). Потім повнозв’язна вихідна частина вчиться, які області належать диску. Посуньте пряму (змініть θ нейрона) і подивіться, як змінюються області; зробіть дві прямі паралельними — і одна область зникне.</translation>
    </message>
    <message>
      <source>Each variant's colour; solid lines: test loss, dashed lines: training loss</source>
      <translation>Колір кожного варіанта; суцільні лінії — втрати на тесті, пунктирні — втрати на навчанні</translation>
    </message>
    <message>
      <source>Early stopping</source>
      <translation>Рання зупинка</translation>
    </message>
    <message>
      <source>Early stopping (patience)</source>
      <translation>Рання зупинка (терпіння)</translation>
    </message>
    <message>
      <source>Early stopping: the test loss was lowest at step {step}; the network went back to those weights</source>
      <translation>Рання зупинка: втрати на тесті були найменшими на кроці {step}; мережа повернулася до тих ваг</translation>
    </message>
    <message>
      <source>Edit</source>
      <translation>Редагування</translation>
    </message>
    <message>
      <source>Eight sigmoid layers and three cures for their vanishing gradients: ReLU with He init, BatchNorm, skip connections.</source>
      <translation>Вісім сигмоїдних шарів і три засоби від згасання їхніх градієнтів: ReLU з ініціалізацією He, BatchNorm, обхідні з’єднання.</translation>
    </message>
    <message>
      <source>Eight small gaussian blobs on a circle: the classic GAN test.</source>
      <translation>Вісім маленьких гауссових плям на колі: класичний тест для GAN.</translation>
    </message>
    <message>
      <source>Elongated bowl</source>
      <translation>Витягнута чаша</translation>
    </message>
    <message>
      <source>Energy distance between the real samples and the generator's samples: 0 when they come from the same distribution. Log scale: each grid line down is ten times closer</source>
      <translation>Енергетична відстань між справжніми зразками і зразками генератора: 0, якщо вони з одного розподілу. Логарифмічна шкала: кожна лінія сітки нижче — у десять разів ближче</translation>
    </message>
    <message>
      <source>Epoch</source>
      <translation>Епоха</translation>
    </message>
    <message>
      <source>Eps</source>
      <translation>Епсилон</translation>
    </message>
    <message>
      <source>Error measure. Automatic: BCE for binary, cross-entropy for multi-class, MSE for regression and autoencoders. An autoencoder with BCE reads its outputs as logits of the pixels (0..1).</source>
      <translation>Міра помилки. Автоматично: BCE для бінарної, крос-ентропія для багатокласової класифікації, MSE для регресії та автокодувальників. Автокодувальник із BCE трактує свої виходи як логіти пікселів (0..1).</translation>
    </message>
    <message>
      <source>Every combination of 0/1 inputs, the network's answer and the gate's. A row is green when they agree, red when they do not. Change a weight or θ in the inspector to change the answers</source>
      <translation>Кожна комбінація входів 0/1, відповідь мережі й відповідь вентиля. Рядок зелений, коли вони збігаються, і червоний, коли ні. Змініть вагу або θ в інспекторі, щоб змінити відповіді</translation>
    </message>
    <message>
      <source>Every variant diverged</source>
      <translation>Усі варіанти розійшлися</translation>
    </message>
    <message>
      <source>Expected outcome: {text}</source>
      <translation>Очікуваний результат: {text}</translation>
    </message>
    <message>
      <source>Exploding gradients and clipping</source>
      <translation>Вибух градієнтів і обрізання</translation>
    </message>
    <message>
      <source>Exploding: the first step gets {ratio} the last step's gradient — clip the gradients or lower the recurrent gain.</source>
      <translation>Вибух: перший крок отримує {ratio} градієнта останнього кроку — увімкніть обрізання градієнтів або зменште рекурентне підсилення.</translation>
    </message>
    <message>
      <source>Export history</source>
      <translation>Експорт історії</translation>
    </message>
    <message>
      <source>Export model</source>
      <translation>Експорт моделі</translation>
    </message>
    <message>
      <source>Export plots</source>
      <translation>Експорт графіків</translation>
    </message>
    <message>
      <source>Export the trained model: {format}</source>
      <translation>Експортувати навчену модель: {format}</translation>
    </message>
    <message>
      <source>Exported the network trained for {steps} steps to {names} ({size} bytes).</source>
      <translation>Мережу, навчену за кроків: {steps}, експортовано до {names} ({size} байт).</translation>
    </message>
    <message>
      <source>Extra rows and columns added on one side of the output, to hit an exact size (less than the stride).</source>
      <translation>Додаткові рядки й стовпці з одного боку виходу, щоб отримати точний розмір (менше за крок).</translation>
    </message>
    <message>
      <source>FAIL</source>
      <translation>НЕ ПРОЙДЕНО</translation>
    </message>
    <message>
      <source>Feature columns</source>
      <translation>Стовпці ознак</translation>
    </message>
    <message>
      <source>Feature maps</source>
      <translation>Карти ознак</translation>
    </message>
    <message>
      <source>Feature maps need image data</source>
      <translation>Для карт ознак потрібні дані-зображення</translation>
    </message>
    <message>
      <source>Features</source>
      <translation>Ознаки</translation>
    </message>
    <message>
      <source>Filled dots: test inputs; rings: their reconstructions; a line joins each pair</source>
      <translation>Зафарбовані точки: тестові входи; кільця: їхні реконструкції; лінія з’єднує кожну пару</translation>
    </message>
    <message>
      <source>Filters</source>
      <translation>Фільтри</translation>
    </message>
    <message>
      <source>First row holds the column names</source>
      <translation>Перший рядок містить назви стовпців</translation>
    </message>
    <message>
      <source>Fit the design to the window</source>
      <translation>Вмістити схему у вікно</translation>
    </message>
    <message>
      <source>Forget-gate bias</source>
      <translation>Зсув вентиля забування</translation>
    </message>
    <message>
      <source>Found on this computer: {devices}</source>
      <translation>Знайдено на цьому комп'ютері: {devices}</translation>
    </message>
    <message>
      <source>Four clusters, one per row of the truth table: class 1 where x1 &gt; 0 and x2 &gt; 0 (AND of the signs). One straight line separates it.</source>
      <translation>Чотири кластери, по одному на рядок таблиці істинності: клас 1, де x1 &gt; 0 і x2 &gt; 0 (AND знаків). Одна пряма відокремлює його.</translation>
    </message>
    <message>
      <source>Four clusters, one per row of the truth table: class 1 where x1 &gt; 0 or x2 &gt; 0 (OR of the signs). One straight line separates it.</source>
      <translation>Чотири кластери, по одному на рядок таблиці істинності: клас 1, де x1 &gt; 0 або x2 &gt; 0 (OR знаків). Одна пряма відокремлює його.</translation>
    </message>
    <message>
      <source>Four copies of one network that differ only in their starting weights. All zeros: every unit computes the same thing and gets the same update, so the symmetry never breaks (here no hidden weight even gets a gradient). Far too large: the tanh units start saturated, in their flat tails, and learn slowly and badly. Glorot (for tanh) and He (for ReLU) scale the weights to the number of inputs, so signals and gradients keep their size.</source>
      <translation>Чотири копії однієї мережі, що відрізняються лише початковими вагами. Усі нулі: кожен нейрон обчислює те саме й отримує те саме оновлення, тож симетрія ніколи не порушується (тут жодна прихована вага навіть не отримує градієнта). Надто великі: нейрони tanh від самого початку насичені, перебувають у пологих хвостах і навчаються повільно й погано. Glorot (для tanh) і He (для ReLU) масштабують ваги відповідно до кількості входів, тож сигнали й градієнти зберігають свою величину.</translation>
    </message>
    <message>
      <source>Four cures for vanishing gradients</source>
      <translation>Чотири засоби від згасання градієнтів</translation>
    </message>
    <message>
      <source>Four quadrants: class is the sign of x1·x2. No single line separates it.</source>
      <translation>Чотири квадранти: клас — знак x1·x2. Жодна окрема пряма його не відокремлює.</translation>
    </message>
    <message>
      <source>Freeze</source>
      <translation>Заморозити</translation>
    </message>
    <message>
      <source>Freeze the current design as variant A and keep editing it as variant B: change one thing, press Play, and both train side by side</source>
      <translation>Заморозити поточну схему як варіант A і далі редагувати її як варіант B: змініть одну річ, натисніть «Пуск», і обидва навчатимуться поруч</translation>
    </message>
    <message>
      <source>Frequent words:</source>
      <translation>Часті слова:</translation>
    </message>
    <message>
      <source>From each generated sample, where the generator's loss pushes it (−∂L_G/∂x). Longer arrows: a stronger push, on the same scale in every run; arrows that shrink while D wins show G's gradient vanishing</source>
      <translation>Для кожного згенерованого зразка: куди його штовхають втрати генератора (−∂L_G/∂x). Довші стрілки — сильніший поштовх, в однаковому масштабі в кожному запуску; стрілки, що коротшають, поки D виграє, показують згасання градієнта G</translation>
    </message>
    <message>
      <source>Frozen: its weights stay fixed during training</source>
      <translation>Заморожений: його ваги не змінюються під час навчання</translation>
    </message>
    <message>
      <source>Full screen with large text and thick lines, for the lecture hall (F11)</source>
      <translation>Повний екран із великим текстом і товстими лініями для лекційної аудиторії (F11)</translation>
    </message>
    <message>
      <source>Fully connected layer: every output is a weighted sum of all inputs plus a bias, z = W·x + b.</source>
      <translation>Повнозв’язний шар: кожен вихід — зважена сума всіх входів плюс зсув, z = W·x + b.</translation>
    </message>
    <message>
      <source>Function</source>
      <translation>Функція</translation>
    </message>
    <message>
      <source>Function f(x)</source>
      <translation>Функція f(x)</translation>
    </message>
    <message>
      <source>G steps (k_G)</source>
      <translation>Кроки G (k_G)</translation>
    </message>
    <message>
      <source>GAN</source>
      <translation>GAN</translation>
    </message>
    <message>
      <source>GAN loss</source>
      <translation>Втрати GAN</translation>
    </message>
    <message>
      <source>GAN losses</source>
      <translation>Втрати GAN</translation>
    </message>
    <message>
      <source>GAN objective. Minimax: G minimises log(1 − D(G(z))), whose gradient vanishes while D wins; non-saturating: G maximises log D(G(z)) instead; least squares (LSGAN): squared distances to the labels.</source>
      <translation>Цільова функція GAN. Мінімакс: G мінімізує log(1 − D(G(z))), чий градієнт згасає, поки перемагає D; ненасичувальна: G натомість максимізує log D(G(z)); найменші квадрати (LSGAN): квадрати відстаней до міток.</translation>
    </message>
    <message>
      <source>GAN: real vs generated</source>
      <translation>GAN: справжні й згенеровані</translation>
    </message>
    <message>
      <source>GPU (Apple MPS)</source>
      <translation>GPU (Apple MPS)</translation>
    </message>
    <message>
      <source>GPU (CUDA)</source>
      <translation>GPU (CUDA)</translation>
    </message>
    <message>
      <source>Gaps between the filter's taps: 2 spreads a 3×3 filter over 5×5 pixels without more weights.</source>
      <translation>Проміжки між елементами фільтра: 2 розтягує фільтр 3×3 на 5×5 пікселів без додаткових ваг.</translation>
    </message>
    <message>
      <source>Gate</source>
      <translation>Вентиль</translation>
    </message>
    <message>
      <source>Gated recurrent unit: an update gate z mixes the old state with a new candidate, h_t = (1 − z_t)⊙ĥ_t + z_t⊙h_{t−1} (z near 1 keeps the old state); a reset gate r decides how much of the past the candidate ĥ_t sees.</source>
      <translation>Вентильний рекурентний блок: вентиль оновлення z змішує старий стан із новим кандидатом, h_t = (1 − z_t)⊙ĥ_t + z_t⊙h_{t−1} (z близько 1 зберігає старий стан); вентиль скидання r визначає, скільки минулого бачить кандидат ĥ_t.</translation>
    </message>
    <message>
      <source>Gates over time</source>
      <translation>Вентилі в часі</translation>
    </message>
    <message>
      <source>Gaussian noise (σ)</source>
      <translation>Гауссів шум (σ)</translation>
    </message>
    <message>
      <source>Gaussians</source>
      <translation>Гауссові хмари</translation>
    </message>
    <message>
      <source>Generated text</source>
      <translation>Згенерований текст</translation>
    </message>
    <message>
      <source>Generator G</source>
      <translation>Генератор G</translation>
    </message>
    <message>
      <source>Generator only</source>
      <translation>Лише генератор</translation>
    </message>
    <message>
      <source>Generator updates per iteration (GAN).</source>
      <translation>Кількість оновлень генератора за ітерацію (GAN).</translation>
    </message>
    <message>
      <source>Generator: {verdict}</source>
      <translation>Генератор: {verdict}</translation>
    </message>
    <message>
      <source>Gibbs steps of contrastive divergence (CD-k): 1 is Hinton's fast default; more steps follow the model's own distribution more closely, at k times the cost.</source>
      <translation>Кроки Гіббса в контрастивній дивергенції (CD-k): 1 — швидке значення за замовчуванням від Хінтона; більше кроків точніше відтворюють власний розподіл моделі, але обходяться в k разів дорожче.</translation>
    </message>
    <message>
      <source>Give the hidden state of every step (time×hidden, for many-to-many or another recurrent layer), or only the last one (many-to-one).</source>
      <translation>Видавати прихований стан кожного кроку (час×hidden, для «багато до багатьох» або іншого рекурентного шару) чи лише останній («багато до одного»).</translation>
    </message>
    <message>
      <source>Glorot (Xavier) normal</source>
      <translation>Glorot (Xavier), нормальна</translation>
    </message>
    <message>
      <source>Glorot (Xavier) uniform</source>
      <translation>Glorot (Xavier), рівномірна</translation>
    </message>
    <message>
      <source>Glorot (tanh)</source>
      <translation>Glorot (tanh)</translation>
    </message>
    <message>
      <source>Gradient clipping</source>
      <translation>Обрізання градієнтів</translation>
    </message>
    <message>
      <source>Gradient norm of each layer's parameters after the last step (log scale)</source>
      <translation>Норма градієнта параметрів кожного шару після останнього кроку (логарифмічна шкала)</translation>
    </message>
    <message>
      <source>Gradient through time</source>
      <translation>Градієнт у часі</translation>
    </message>
    <message>
      <source>Gradients</source>
      <translation>Градієнти</translation>
    </message>
    <message>
      <source>Gradients appear after the first step</source>
      <translation>Градієнти з’являються після першого кроку</translation>
    </message>
    <message>
      <source>Gradients appear after the first training step</source>
      <translation>Градієнти з’являються після першого кроку навчання</translation>
    </message>
    <message>
      <source>Gradients are not finite in {layer}: lower the learning rate or turn on gradient clipping.</source>
      <translation>Градієнти в {layer} не скінченні: зменште швидкість навчання або ввімкніть обрізання градієнтів.</translation>
    </message>
    <message>
      <source>Gradients explode toward the input: the first layer gets {ratio} the last layer's.</source>
      <translation>Градієнти вибухають у напрямку входу: перший шар отримує {ratio} градієнта останнього шару.</translation>
    </message>
    <message>
      <source>Gradients flow well: the first layer gets {ratio} of the last layer's.</source>
      <translation>Градієнти поширюються добре: перший шар отримує {ratio} градієнта останнього шару.</translation>
    </message>
    <message>
      <source>Gradients flow well: the first layer gets {ratio} the last layer's.</source>
      <translation>Градієнти поширюються добре: перший шар отримує {ratio} градієнта останнього шару.</translation>
    </message>
    <message>
      <source>Gradients vanish toward the input: the first layer gets {ratio} of the last layer's.</source>
      <translation>Градієнти згасають у напрямку входу: перший шар отримує {ratio} градієнта останнього шару.</translation>
    </message>
    <message>
      <source>Grey: the input sequence. The prediction for the step after t is drawn at t + 1, beside its target</source>
      <translation>Сірим: вхідна послідовність. Прогноз для кроку після t намальовано в t + 1, поруч із його ціллю</translation>
    </message>
    <message>
      <source>Grid of gaussians</source>
      <translation>Сітка гауссових хмар</translation>
    </message>
    <message>
      <source>Hand-set weights: the network now computes with the new values</source>
      <translation>Ваги задано вручну: мережа тепер обчислює з новими значеннями</translation>
    </message>
    <message>
      <source>He (Kaiming) normal</source>
      <translation>He (Kaiming), нормальна</translation>
    </message>
    <message>
      <source>He (Kaiming) uniform</source>
      <translation>He (Kaiming), рівномірна</translation>
    </message>
    <message>
      <source>He (ReLU)</source>
      <translation>He (ReLU)</translation>
    </message>
    <message>
      <source>Header row</source>
      <translation>Рядок заголовка</translation>
    </message>
    <message>
      <source>Healthy: the first step gets {ratio} of the last step's gradient — the early inputs still learn.</source>
      <translation>Норма: перший крок отримує {ratio} градієнта останнього кроку — ранні входи ще навчаються.</translation>
    </message>
    <message>
      <source>Healthy: the first step gets {ratio} the last step's gradient — the early inputs still learn.</source>
      <translation>Норма: перший крок отримує {ratio} градієнта останнього кроку — ранні входи ще навчаються.</translation>
    </message>
    <message>
      <source>Heaviside step</source>
      <translation>Порогова (Гевісайда)</translation>
    </message>
    <message>
      <source>Hidden</source>
      <translation>Прихований</translation>
    </message>
    <message>
      <source>Hidden layer {row}: Dense '{dense}' followed by {function} '{activation}'</source>
      <translation>Прихований шар {row}: Dense '{dense}', за ним {function} '{activation}'</translation>
    </message>
    <message>
      <source>Hidden layers: {n}</source>
      <translation>Приховані шари: {n}</translation>
    </message>
    <message>
      <source>Hidden layers: –</source>
      <translation>Приховані шари: –</translation>
    </message>
    <message>
      <source>Hide &amp;Advanced Controls</source>
      <translation>Сховати &amp;додаткові параметри</translation>
    </message>
    <message>
      <source>Hide the lesson strip (it comes back with the next lesson)</source>
      <translation>Сховати смугу уроку (вона з’явиться з наступним уроком)</translation>
    </message>
    <message>
      <source>High contrast</source>
      <translation>Висока контрастність</translation>
    </message>
    <message>
      <source>Histograms of each layer's outputs on up to 512 training points</source>
      <translation>Гістограми виходів кожного шару на не більш ніж 512 навчальних точках</translation>
    </message>
    <message>
      <source>Histograms of each trainable layer's weights (biases excluded)</source>
      <translation>Гістограми ваг кожного навчуваного шару (без зсувів)</translation>
    </message>
    <message>
      <source>History</source>
      <translation>Історія</translation>
    </message>
    <message>
      <source>How fast the running mean and variance follow the batches.</source>
      <translation>Як швидко ковзні середнє й дисперсія відстежують пакети.</translation>
    </message>
    <message>
      <source>How gradients turn into weight updates.</source>
      <translation>Як градієнти перетворюються на оновлення ваг.</translation>
    </message>
    <message>
      <source>How large the loss's gradient is at each step's hidden state, averaged over a batch (log scale). Backpropagation through time carries it from the last step back to the first</source>
      <translation>Величина градієнта втрат у прихованому стані кожного кроку, усереднена за пакетом (логарифмічна шкала). Зворотне поширення в часі переносить його від останнього кроку до першого</translation>
    </message>
    <message>
      <source>How many hidden units are drawn and what one tile shows</source>
      <translation>Скільки прихованих нейронів показано і що показує одна плитка</translation>
    </message>
    <message>
      <source>How many of the layer's filters are drawn (the rest are left out to keep tiles large)</source>
      <translation>Скільки фільтрів шару показано (решту пропущено, щоб плитки були великими)</translation>
    </message>
    <message>
      <source>How many of the most frequent words the map shows (the typed words always show)</source>
      <translation>Скільки найчастіших слів показує карта (введені слова показано завжди)</translation>
    </message>
    <message>
      <source>How many pixels the filter moves per step.</source>
      <translation>На скільки пікселів фільтр зсувається за один крок.</translation>
    </message>
    <message>
      <source>How many pixels the kernel moves per step.</source>
      <translation>На скільки пікселів ядро зсувається за один крок.</translation>
    </message>
    <message>
      <source>How many pixels the window moves per step.</source>
      <translation>На скільки пікселів вікно зсувається за один крок.</translation>
    </message>
    <message>
      <source>How many rows of the truth table the network answers as the gate does</source>
      <translation>Скільки рядків таблиці істинності мережа відповідає так само, як вентиль</translation>
    </message>
    <message>
      <source>How much the points are scattered (0: clean).</source>
      <translation>Наскільки розкидані точки (0: без шуму).</translation>
    </message>
    <message>
      <source>How often the pretext task is answered right on the current batch; the dashed line is guessing</source>
      <translation>Як часто допоміжну задачу розв’язано правильно на поточному пакеті; пунктир — рівень вгадування</translation>
    </message>
    <message>
      <source>How the new pixels are filled.</source>
      <translation>Як заповнюються нові пікселі.</translation>
    </message>
    <message>
      <source>How the next character is drawn from the network's probabilities. Low (0.1): almost always the likeliest character — safe and repetitive. 1: the network's own probabilities. High (2): unlikely characters get through — adventurous, with more made-up words.</source>
      <translation>Як наступний символ вибирається з імовірностей мережі. Низька (0.1): майже завжди найімовірніший символ — безпечно й одноманітно. 1: власні ймовірності мережі. Висока (2): проходять і малоймовірні символи — сміливо, з більшою кількістю вигаданих слів.</translation>
    </message>
    <message>
      <source>How the weights start</source>
      <translation>З чого починаються ваги</translation>
    </message>
    <message>
      <source>How the weights start.</source>
      <translation>Як ініціалізуються ваги.</translation>
    </message>
    <message>
      <source>How the weights start. Glorot suits sigmoid/tanh, He suits ReLU, LeCun suits SELU; zeros keep all neurons identical forever.</source>
      <translation>Як ініціалізуються ваги. Glorot підходить для сигмоїди/tanh, He — для ReLU, LeCun — для SELU; нулі назавжди залишають усі нейрони однаковими.</translation>
    </message>
    <message>
      <source>How the weights start: small random normal values (σ 0.01, Hinton's advice) break the symmetry between hidden units without saturating them.</source>
      <translation>Як ініціалізуються ваги: малі випадкові нормальні значення (σ 0.01, порада Хінтона) порушують симетрію між прихованими нейронами, не насичуючи їх.</translation>
    </message>
    <message>
      <source>Huber</source>
      <translation>Huber</translation>
    </message>
    <message>
      <source>Identity</source>
      <translation>Тотожна</translation>
    </message>
    <message>
      <source>Image and sequence models train on a GPU when this computer has one; small networks train on the CPU, where they are faster</source>
      <translation>Моделі для зображень і послідовностей навчаються на GPU, якщо він є на цьому комп'ютері; малі мережі — на CPU, де вони швидші</translation>
    </message>
    <message>
      <source>Image shape</source>
      <translation>Форма зображення</translation>
    </message>
    <message>
      <source>Images</source>
      <translation>Зображення</translation>
    </message>
    <message>
      <source>Import CSV</source>
      <translation>Імпорт CSV</translation>
    </message>
    <message>
      <source>Import {file}</source>
      <translation>Імпортувати {file}</translation>
    </message>
    <message>
      <source>In 'Gates over time' the forget gate stays near 1 along the whole sequence; accuracy jumps from 25% to 100%.</source>
      <translation>На панелі «Вентилі в часі» вентиль забування тримається близько 1 уздовж усієї послідовності; точність стрибає з 25% до 100%.</translation>
    </message>
    <message>
      <source>In 'Generated text' the output goes from random letters to words to rhyme-like lines; in the loss panel the test loss stops falling while the training loss keeps falling.</source>
      <translation>На панелі «Згенерований текст» вихід переходить від випадкових літер до слів і до рядків, схожих на віршики; на панелі втрат втрати на тесті перестають падати, а втрати на навчанні падають далі.</translation>
    </message>
    <message>
      <source>In 'Prediction vs target' the first predictions are guesses; after a few steps of the sequence the prediction follows the wave.</source>
      <translation>На панелі «Прогноз і ціль» перші прогнози — здогадки; через кілька кроків послідовності прогноз іде за хвилею.</translation>
    </message>
    <message>
      <source>In the activation curves panel compare the peaks of the slopes; in the boundary panel see how quickly the two moons are separated.</source>
      <translation>На панелі кривих активації порівняйте піки нахилів; на панелі межі рішень подивіться, як швидко розділяються два півмісяці.</translation>
    </message>
    <message>
      <source>In the activations panel the code layer's activity gathers near zero; the reconstructions sharpen as the loss falls.</source>
      <translation>На панелі активацій активність шару коду збирається біля нуля; реконструкції стають чіткішими в міру падіння втрат.</translation>
    </message>
    <message>
      <source>In the filters panel the first layer's noisy 5×5 filters turn into edge and stroke detectors; the feature maps show which parts of a digit each filter answers to.</source>
      <translation>На панелі фільтрів шумні фільтри 5×5 першого шару перетворюються на детектори країв і штрихів; карти ознак показують, на які частини цифри реагує кожен фільтр.</translation>
    </message>
    <message>
      <source>In the gradient-norm panel the bars are of similar height from the first layer to the last; the loss drops within a few hundred steps.</source>
      <translation>На панелі норм градієнтів стовпчики мають схожу висоту від першого шару до останнього; втрати падають за кілька сотень кроків.</translation>
    </message>
    <message>
      <source>In the gradient-norm panel the bars shrink layer by layer towards the input; the loss curve stays flat.</source>
      <translation>На панелі норм градієнтів стовпчики зменшуються від шару до шару в напрямку входу; крива втрат лишається пласкою.</translation>
    </message>
    <message>
      <source>In the latent-space panel the digits gather into regions by class; the reconstructions keep the rough shape and lose the details.</source>
      <translation>На панелі латентного простору цифри збираються в області за класами; реконструкції зберігають загальну форму й утрачають деталі.</translation>
    </message>
    <message>
      <source>Input / Output</source>
      <translation>Вхід / Вихід</translation>
    </message>
    <message>
      <source>Input corruption</source>
      <translation>Спотворення входу</translation>
    </message>
    <message>
      <source>Input {port}: drop a wire from an output here</source>
      <translation>Вхід {port}: перетягніть сюди з’єднання від виходу</translation>
    </message>
    <message>
      <source>Input → Dense (1 unit) → Activation (step or sign) → Output (binary)</source>
      <translation>Вхід → Dense (1 нейрон) → Активація (порогова або знак) → Вихід (бінарний)</translation>
    </message>
    <message>
      <source>Input: drop a wire from an output here</source>
      <translation>Вхід: перетягніть сюди з’єднання від виходу</translation>
    </message>
    <message>
      <source>Inputs fed to the network, computed from each point (x₁, x₂).</source>
      <translation>Входи мережі, обчислені з кожної точки (x₁, x₂).</translation>
    </message>
    <message>
      <source>Inspector</source>
      <translation>Інспектор</translation>
    </message>
    <message>
      <source>Interleaved spiral arms, one per class: needs depth.</source>
      <translation>Переплетені рукави спіралі, по одному на клас: потрібна глибина.</translation>
    </message>
    <message>
      <source>Joins its inputs side by side along the feature dimension.</source>
      <translation>З’єднує свої входи поруч уздовж виміру ознак.</translation>
    </message>
    <message>
      <source>KL sparsity compares each unit's mean activation with ρ, so the values must lie between 0 and 1: put a Sigmoid activation right before it, or set sparsity β to 0</source>
      <translation>Розрідженість KL порівнює середню активацію кожного нейрона з ρ, тож значення мають лежати між 0 і 1: поставте активацію-сигмоїду безпосередньо перед ним або задайте розрідженість β рівною 0</translation>
    </message>
    <message>
      <source>Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned).</source>
      <translation>Тримати ці ваги незмінними під час навчання (перенесення навчання: зберегти те, чого навчився попередньо навчений шар).</translation>
    </message>
    <message>
      <source>Keep these weights fixed during training (transfer learning: keep what a pretrained layer learned). A frozen BatchNorm also keeps its running mean and variance and normalises with them, as after training.</source>
      <translation>Не змінювати ці ваги під час навчання (перенесення навчання (transfer learning): зберегти те, чого навчився попередньо навчений шар). Заморожений BatchNorm також зберігає своє ковзне середнє й дисперсію та нормалізує з ними, як після навчання.</translation>
    </message>
    <message>
      <source>Keep training the old network</source>
      <translation>Продовжити навчання старої мережі</translation>
    </message>
    <message>
      <source>Keeps the largest value of each window: the image gets smaller and a small shift of a pattern barely changes the result. Learns nothing.</source>
      <translation>Залишає найбільше значення кожного вікна: зображення зменшується, а невеликий зсув шаблону майже не змінює результату. Нічого не навчається.</translation>
    </message>
    <message>
      <source>Kernel</source>
      <translation>Ядро</translation>
    </message>
    <message>
      <source>Keyboard Shortcuts</source>
      <translation>Гарячі клавіші</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>Клавіші</translation>
    </message>
    <message>
      <source>L1</source>
      <translation>L1</translation>
    </message>
    <message>
      <source>L1 penalty rate: pushes weights to exactly zero.</source>
      <translation>Коефіцієнт штрафу L1: штовхає ваги точно до нуля.</translation>
    </message>
    <message>
      <source>L2</source>
      <translation>L2</translation>
    </message>
    <message>
      <source>L2 penalty rate (weight decay): keeps weights small.</source>
      <translation>Коефіцієнт штрафу L2 (згасання ваг): утримує ваги малими.</translation>
    </message>
    <message>
      <source>Labelled training images per class: the rest of the training split is left out, the test split stays whole (0: all of them).</source>
      <translation>Розмічені навчальні зображення на клас: решту навчальної частини відкинуто, тестова частина залишається повною (0: усі).</translation>
    </message>
    <message>
      <source>Labels are expensive, images are cheap. Self-supervised learning invents a task whose answer comes from the image itself: cut a 3×3 grid of 8×8 patches from a digit, show the network the centre patch and one of its 8 neighbours, and ask which neighbour it is (guessing gives 12.5 %). Both patches pass through the design's two convolution layers; a small extra head joins the two results and names the position. To answer, the convolutions must learn what strokes look like and how they go on. For the first 300 steps this pretext task trains on all 2000 unlabelled images; then the convolutions are frozen (❄) and only the Dense layer learns the digits 5–9 from 10 labelled images of each. The scratch variant trains the whole network on those 50 images all along; the third starts from convolutions trained with labels on the digits 0–4. To see what the pretext itself adds, set Pretraining to None and press Reset: frozen random filters alone reach about 0.85 here (with 50 images, freezing already helps), the pretext-trained ones about 0.87.</source>
      <translation>Мітки дорогі, зображення дешеві. Самокероване навчання вигадує задачу, відповідь на яку береться із самого зображення: виріжте з цифри сітку 3×3 фрагментів 8×8, покажіть мережі центральний фрагмент і одного з 8 його сусідів і запитайте, який це сусід (вгадування дає 12.5 %). Обидва фрагменти проходять через два згорткові шари схеми; невелика додаткова вихідна частина поєднує два результати й називає позицію. Щоб відповісти, згортки мають навчитися, як виглядають штрихи і як вони продовжуються. Перші 300 кроків ця допоміжна задача навчається на всіх 2000 нерозмічених зображеннях; потім згортки заморожуються (❄), і лише шар Dense вивчає цифри 5–9 за 10 розміченими зображеннями кожної. Варіант «з нуля» весь час навчає всю мережу на цих 50 зображеннях; третій починає зі згорток, навчених із мітками на цифрах 0–4. Щоб побачити, що дає сама допоміжна задача, задайте «Попереднє навчання» = «Немає» і натисніть «Скинути»: самі лише заморожені випадкові фільтри дають тут близько 0.85 (з 50 зображеннями заморожування вже допомагає), а навчені на допоміжній задачі — близько 0.87.</translation>
    </message>
    <message>
      <source>Latent space</source>
      <translation>Латентний простір</translation>
    </message>
    <message>
      <source>Layer</source>
      <translation>Шар</translation>
    </message>
    <message>
      <source>Layers</source>
      <translation>Шари</translation>
    </message>
    <message>
      <source>Lays an image (channels×height×width) out as one flat vector of C·H·W values, so Dense layers can take it. A flat vector passes through unchanged.</source>
      <translation>Розгортає зображення (канали×висота×ширина) в один плоский вектор із C·H·W значень, щоб його могли прийняти шари Dense. Плоский вектор проходить без змін.</translation>
    </message>
    <message>
      <source>LeCun normal</source>
      <translation>LeCun, нормальна</translation>
    </message>
    <message>
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <source>Leaky ReLU: a small slope for negative inputs keeps units alive.</source>
      <translation>Leaky ReLU: малий нахил для від’ємних входів зберігає нейрони живими.</translation>
    </message>
    <message>
      <source>Learn features without labels before backprop: greedy contrastive divergence trains the RBM layers one at a time (a deep belief net); the relative-position pretext trains the convolutions to tell where a patch of an image lies next to another. Then the labels fine-tune the network.</source>
      <translation>Вивчити ознаки без міток перед зворотним поширенням помилки: жадібна контрастивна дивергенція навчає шари RBM по одному (мережа глибокої довіри); допоміжна задача відносного положення вчить згортки визначати, де фрагмент зображення розташований відносно іншого. Потім мітки донавчають мережу.</translation>
    </message>
    <message>
      <source>Learnable values (weights and biases) of the whole design</source>
      <translation>Навчувані значення (ваги й зсуви) усієї схеми</translation>
    </message>
    <message>
      <source>Learning rate</source>
      <translation>Швидкість навчання</translation>
    </message>
    <message>
      <source>Learning rate: the size of each update step.</source>
      <translation>Швидкість навчання: розмір кожного кроку оновлення.</translation>
    </message>
    <message>
      <source>Least squares (LSGAN)</source>
      <translation>Найменші квадрати (LSGAN)</translation>
    </message>
    <message>
      <source>Leave Presentation Mode</source>
      <translation>Вийти з режиму презентації</translation>
    </message>
    <message>
      <source>Leave presentation mode</source>
      <translation>Вийти з режиму презентації</translation>
    </message>
    <message>
      <source>Length of each symbol's vector.</source>
      <translation>Довжина вектора кожного символу.</translation>
    </message>
    <message>
      <source>Length of the noise vector z.</source>
      <translation>Довжина вектора шуму z.</translation>
    </message>
    <message>
      <source>Lesson</source>
      <translation>Урок</translation>
    </message>
    <message>
      <source>Lesson: {title}</source>
      <translation>Урок: {title}</translation>
    </message>
    <message>
      <source>Lessons</source>
      <translation>Уроки</translation>
    </message>
    <message>
      <source>Lessons in course order. Double-click or press Enter to open one.</source>
      <translation>Уроки в порядку курсу. Двічі клацніть або натисніть Enter, щоб відкрити урок.</translation>
    </message>
    <message>
      <source>Lewis Carroll's Alice's Adventures in Wonderland (public domain, 27,000 words), read as words: word2vec learns a vector per word from the words around it.</source>
      <translation>«Пригоди Аліси в Країні чудес» Льюїса Керролла (суспільне надбання, 27 000 слів), прочитані як слова: word2vec вивчає вектор кожного слова за словами навколо нього.</translation>
    </message>
    <message>
      <source>Lewis Carroll, Alice's Adventures in Wonderland (1865), public domain</source>
      <translation>Льюїс Керролл, «Пригоди Аліси в Країні чудес» (1865), суспільне надбання</translation>
    </message>
    <message>
      <source>Light</source>
      <translation>Світла</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Лінія</translation>
    </message>
    <message>
      <source>Live</source>
      <translation>Поточний стан</translation>
    </message>
    <message>
      <source>Loading panels…</source>
      <translation>Завантаження панелей…</translation>
    </message>
    <message>
      <source>Loading sample {wanted}… (showing sample {shown})</source>
      <translation>Завантаження зразка {wanted}… (показано зразок {shown})</translation>
    </message>
    <message>
      <source>Loading…</source>
      <translation>Завантаження…</translation>
    </message>
    <message>
      <source>Log scale</source>
      <translation>Логарифмічна шкала</translation>
    </message>
    <message>
      <source>Logarithmic loss axis: shows progress once the loss is small</source>
      <translation>Логарифмічна вісь втрат: показує прогрес, коли втрати вже малі</translation>
    </message>
    <message>
      <source>Logic gate (0/1 inputs)</source>
      <translation>Логічний вентиль (входи 0/1)</translation>
    </message>
    <message>
      <source>Long short-term memory: a cell state c_t carried by gates, c_t = f_t⊙c_{t−1} + i_t⊙g_t, h_t = o_t⊙tanh(c_t). The forget gate f lets gradients flow through many steps.</source>
      <translation>Довга короткочасна пам’ять: стан комірки c_t, яким керують вентилі, c_t = f_t⊙c_{t−1} + i_t⊙g_t, h_t = o_t⊙tanh(c_t). Вентиль забування f дає градієнтам проходити через багато кроків.</translation>
    </message>
    <message>
      <source>Loss</source>
      <translation>Втрати</translation>
    </message>
    <message>
      <source>Loss and accuracy</source>
      <translation>Втрати й точність</translation>
    </message>
    <message>
      <source>Lowest test loss: {label} ({loss})</source>
      <translation>Найменші втрати на тесті: {label} ({loss})</translation>
    </message>
    <message>
      <source>MLP and backprop</source>
      <translation>MLP і зворотне поширення помилки</translation>
    </message>
    <message>
      <source>MNIST subset (Y. LeCun, C. Cortes, C. J. C. Burges), CC BY-SA 3.0</source>
      <translation>Підмножина MNIST (Y. LeCun, C. Cortes, C. J. C. Burges), CC BY-SA 3.0</translation>
    </message>
    <message>
      <source>Makes the image larger by a whole factor, copying or blending pixels. Learns nothing; put a Conv2d after it to refine the result (a common decoder step).</source>
      <translation>Збільшує зображення в ціле число разів, копіюючи або змішуючи пікселі. Нічого не навчається; поставте після нього Conv2d, щоб уточнити результат (типовий крок декодера).</translation>
    </message>
    <message>
      <source>Marks the code (bottleneck) of an autoencoder: passes values through unchanged, and is what the latent-space view plots and decodes. With sparsity β &gt; 0 it adds β·Σⱼ KL(ρ‖ρ̂ⱼ) to the loss, pushing each unit's mean activation ρ̂ⱼ towards ρ (put a Sigmoid before it).</source>
      <translation>Позначає код (вузьке місце) автокодувальника: пропускає значення без змін, і саме його відображає та декодує панель латентного простору. За розрідженості β &gt; 0 додає до втрат β·Σⱼ KL(ρ‖ρ̂ⱼ), підштовхуючи середню активацію ρ̂ⱼ кожного нейрона до ρ (поставте перед ним сигмоїду).</translation>
    </message>
    <message>
      <source>Masking (share of pixels)</source>
      <translation>Маскування (частка пікселів)</translation>
    </message>
    <message>
      <source>McCulloch and Pitts modelled a neuron as a unit with binary inputs that fires when enough of them are active: y = 1 if w₁x₁ + w₂x₂ ≥ θ, else 0. Nothing is learned here: the weights and the threshold are set by hand in the inspector (select the neuron). With weights 1, 1 and θ = 2 the neuron fires only when both inputs are 1: AND. Now set θ to 1: the table turns red in rows 01 and 10, because the neuron now fires when at least one input is active. Switch the data's gate to OR and every row is green again: the same neuron computes OR. Try NAND too (weights -1, -1 and θ = -1).</source>
      <translation>Мак-Каллок і Піттс моделювали нейрон як елемент із бінарними входами, що спрацьовує, коли достатньо з них активні: y = 1, якщо w₁x₁ + w₂x₂ ≥ θ, інакше 0. Тут нічого не навчається: ваги й поріг задаються вручну в інспекторі (виділіть нейрон). З вагами 1, 1 і θ = 2 нейрон спрацьовує, лише коли обидва входи дорівнюють 1: AND. Тепер задайте θ = 1: у рядках 01 і 10 таблиця стає червоною, бо нейрон тепер спрацьовує, коли активний хоча б один вхід. Перемкніть вентиль у даних на OR — і всі рядки знову зелені: той самий нейрон обчислює OR. Спробуйте й NAND (ваги -1, -1 і θ = -1).</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neuron (1943): binary inputs, weights set by hand, output 1 when the weighted sum reaches the threshold, y = 1 if Σ wᵢxᵢ ≥ θ, else 0. A positive weight excites, a negative weight inhibits. Nothing is learned: edit the weights and θ and watch the truth table.</source>
      <translation>Нейрон Мак-Каллока — Піттса (1943): бінарні входи, ваги задаються вручну, вихід 1, коли зважена сума досягає порогу: y = 1, якщо Σ wᵢxᵢ ≥ θ, інакше 0. Додатна вага збуджує, від’ємна гальмує. Нічого не навчається: змінюйте ваги й θ і стежте за таблицею істинності.</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: AND and OR by hand</source>
      <translation>Нейрони Мак-Каллока — Піттса: AND і OR вручну</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: NOT with an inhibitory input</source>
      <translation>Нейрони Мак-Каллока — Піттса: NOT із гальмівним входом</translation>
    </message>
    <message>
      <source>McCulloch–Pitts neurons: XOR needs two layers</source>
      <translation>Нейрони Мак-Каллока — Піттса: XOR потребує двох шарів</translation>
    </message>
    <message>
      <source>Mean absolute error</source>
      <translation>Середня абсолютна помилка</translation>
    </message>
    <message>
      <source>Mean free energy F(v) = −b_v·v − Σ softplus(Wv + b_h); P(v) ∝ exp(−F(v)). When the training data's free energy falls below the test data's, the RBM is starting to overfit</source>
      <translation>Середня вільна енергія F(v) = −b_v·v − Σ softplus(Wv + b_h); P(v) ∝ exp(−F(v)). Коли вільна енергія навчальних даних опускається нижче, ніж у тестових, RBM починає перенавчатися</translation>
    </message>
    <message>
      <source>Mean squared difference between the test inputs and their reconstructions, over the whole test set</source>
      <translation>Середній квадрат різниці між тестовими входами та їхніми реконструкціями по всій тестовій вибірці</translation>
    </message>
    <message>
      <source>Mean squared difference between the visible units and their reconstruction after k Gibbs steps: it falls as the hidden units learn to describe the data</source>
      <translation>Середній квадрат різниці між видимими нейронами та їхньою реконструкцією після k кроків Гіббса: він спадає, коли приховані нейрони вчаться описувати дані</translation>
    </message>
    <message>
      <source>Mean squared difference between the visible units and their reconstructions after k Gibbs steps, over 500 test samples</source>
      <translation>Середній квадрат різниці між видимими нейронами та їхніми реконструкціями після k кроків Гіббса на 500 тестових зразках</translation>
    </message>
    <message>
      <source>Mean squared error</source>
      <translation>Середньоквадратична помилка</translation>
    </message>
    <message>
      <source>Merge</source>
      <translation>Об’єднання</translation>
    </message>
    <message>
      <source>Metric History (CSV)…</source>
      <translation>Історія метрик (CSV)…</translation>
    </message>
    <message>
      <source>Minimax (original)</source>
      <translation>Мінімакс (оригінальна)</translation>
    </message>
    <message>
      <source>Minimum count</source>
      <translation>Мінімальна частота</translation>
    </message>
    <message>
      <source>Mode</source>
      <translation>Режим</translation>
    </message>
    <message>
      <source>Mode collapse</source>
      <translation>Колапс мод</translation>
    </message>
    <message>
      <source>Momentum</source>
      <translation>Імпульс (momentum)</translation>
    </message>
    <message>
      <source>Moons</source>
      <translation>Півмісяці</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>Переміщати</translation>
    </message>
    <message>
      <source>Multi-class classification</source>
      <translation>Багатокласова класифікація</translation>
    </message>
    <message>
      <source>Multi-gaussian</source>
      <translation>Кілька гауссових горбів</translation>
    </message>
    <message>
      <source>Multiplies every optimizer's learning rate (×0.1 … ×10): too large and the paths overshoot or leave</source>
      <translation>Множить швидкість навчання кожного оптимізатора (×0.1 … ×10): якщо вона завелика, траєкторії проскакують мінімум або виходять за межі</translation>
    </message>
    <message>
      <source>Multiplies the recurrent weights W_hh after init. Backprop through time multiplies by W_hh once per step: a gain above 1 makes the gradients explode, below 1 vanish.</source>
      <translation>Множить рекурентні ваги W_hh після ініціалізації. Зворотне поширення в часі множить на W_hh один раз на кожному кроці: підсилення понад 1 спричиняє вибух градієнтів, менше 1 — їх згасання.</translation>
    </message>
    <message>
      <source>NAND</source>
      <translation>NAND</translation>
    </message>
    <message>
      <source>NAdam</source>
      <translation>NAdam</translation>
    </message>
    <message>
      <source>NN Playground did not close properly last time. The design “{name}” has changes that were not saved (autosaved {when}).

Restore it?</source>
      <translation>Минулого разу NN Playground закрився некоректно. Схема «{name}» має незбережені зміни (автозбереження {when}).

Відновити її?</translation>
    </message>
    <message>
      <source>NN Playground panel</source>
      <translation>Панель NN Playground</translation>
    </message>
    <message>
      <source>NN Playground projects (*.json);;All files (*)</source>
      <translation>Проєкти NN Playground (*.json);;Усі файли (*)</translation>
    </message>
    <message>
      <source>NOR</source>
      <translation>NOR</translation>
    </message>
    <message>
      <source>NOT (one input)</source>
      <translation>NOT (один вхід)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Назва</translation>
    </message>
    <message>
      <source>Nearest (copy each pixel)</source>
      <translation>Найближчий сусід (копіювати кожен піксель)</translation>
    </message>
    <message>
      <source>Nearest words</source>
      <translation>Найближчі слова</translation>
    </message>
    <message>
      <source>Negatives (k)</source>
      <translation>Негативні приклади (k)</translation>
    </message>
    <message>
      <source>Nesterov</source>
      <translation>Нестеров</translation>
    </message>
    <message>
      <source>Nesterov momentum</source>
      <translation>Імпульс Нестерова</translation>
    </message>
    <message>
      <source>Network</source>
      <translation>Мережа</translation>
    </message>
    <message>
      <source>Neurons</source>
      <translation>Нейрони</translation>
    </message>
    <message>
      <source>Neurons per step.</source>
      <translation>Нейронів на крок.</translation>
    </message>
    <message>
      <source>New points you click get this class</source>
      <translation>Нові точки, які ви додаєте клацанням, отримують цей клас</translation>
    </message>
    <message>
      <source>New shape of one sample without the batch, e.g. [1, 28, 28] (channels, height, width) or [64].</source>
      <translation>Нова форма одного зразка без пакета, напр. [1, 28, 28] (канали, висота, ширина) або [64].</translation>
    </message>
    <message>
      <source>No CSV file chosen yet: press Choose CSV… in the Data panel.</source>
      <translation>CSV-файл ще не вибрано: натисніть «Вибрати CSV…» на панелі «Дані».</translation>
    </message>
    <message>
      <source>No convolution layer in the design</source>
      <translation>У схемі немає згорткового шару</translation>
    </message>
    <message>
      <source>No gradient reaches the last step's hidden state yet: take a training step.</source>
      <translation>До прихованого стану останнього кроку ще не доходить градієнт: виконайте крок навчання.</translation>
    </message>
    <message>
      <source>No gradients yet: take a training step.</source>
      <translation>Градієнтів ще немає: виконайте крок навчання.</translation>
    </message>
    <message>
      <source>No images chosen yet: pick a folder of class folders or an .npz file in the Data panel.</source>
      <translation>Зображення ще не вибрано: виберіть на панелі «Дані» теку з теками класів або файл .npz.</translation>
    </message>
    <message>
      <source>No lessons found</source>
      <translation>Уроків не знайдено</translation>
    </message>
    <message>
      <source>No plot is shown: open one from View → Plots first.</source>
      <translation>Жоден графік не показано: спершу відкрийте його через Вигляд → Графіки.</translation>
    </message>
    <message>
      <source>No presets installed</source>
      <translation>Приклади не встановлено</translation>
    </message>
    <message>
      <source>No recent files</source>
      <translation>Немає нещодавніх файлів</translation>
    </message>
    <message>
      <source>No target column chosen: {fix}.</source>
      <translation>Не вибрано цільовий стовпець: {fix}.</translation>
    </message>
    <message>
      <source>No training yet</source>
      <translation>Навчання ще не було</translation>
    </message>
    <message>
      <source>Noise</source>
      <translation>Шум</translation>
    </message>
    <message>
      <source>Non-saturating</source>
      <translation>Ненасичувальна</translation>
    </message>
    <message>
      <source>None</source>
      <translation>Немає</translation>
    </message>
    <message>
      <source>None of the chosen digits are in {file}: choose other digits.</source>
      <translation>Жодної з вибраних цифр немає в {file}: виберіть інші цифри.</translation>
    </message>
    <message>
      <source>Nonlinearity</source>
      <translation>Нелінійність</translation>
    </message>
    <message>
      <source>Normal N(0, 1)</source>
      <translation>Нормальна N(0, 1)</translation>
    </message>
    <message>
      <source>Normal with sigma</source>
      <translation>Нормальна із сигмою</translation>
    </message>
    <message>
      <source>Normalises each feature over the batch to mean 0 and variance 1, then scales and shifts it (γ, β).</source>
      <translation>Нормалізує кожну ознаку за пакетом до середнього 0 і дисперсії 1, потім масштабує та зсуває її (γ, β).</translation>
    </message>
    <message>
      <source>Not finite: the gradient blew up on its way back. Lower the learning rate or clip the gradients.</source>
      <translation>Не скінченне: градієнт вибухнув на зворотному шляху. Зменште швидкість навчання або обріжте градієнти.</translation>
    </message>
    <message>
      <source>Not in the vocabulary: {words}. Only words seen often enough in the text get a vector (see the data settings).</source>
      <translation>Немає в словнику: {words}. Вектор отримують лише слова, що досить часто трапляються в тексті (див. налаштування даних).</translation>
    </message>
    <message>
      <source>Nothing is compared: use Compare ▸ Compare With a Copy</source>
      <translation>Нічого не порівнюється: скористайтеся «Порівняння ▸ Порівняти з копією»</translation>
    </message>
    <message>
      <source>Nothing to learn: the weights are set by hand. Edit them in the inspector and the network follows</source>
      <translation>Навчатися нічому: ваги задано вручну. Змініть їх в інспекторі, і мережа відразу це врахує</translation>
    </message>
    <message>
      <source>NumPy archives (*.npz);;All files (*)</source>
      <translation>Архіви NumPy (*.npz);;Усі файли (*)</translation>
    </message>
    <message>
      <source>Number of classes (spiral and gaussians; for your images, counted when the file is loaded).</source>
      <translation>Кількість класів (спіраль і гауссові хмари; для ваших зображень визначається під час завантаження файлу).</translation>
    </message>
    <message>
      <source>Number of different symbols (ids 0 … vocabulary − 1); at least the data's alphabet.</source>
      <translation>Кількість різних символів (id 0 … словник − 1); щонайменше алфавіт даних.</translation>
    </message>
    <message>
      <source>Number of filters = number of output channels (feature maps).</source>
      <translation>Кількість фільтрів = кількість вихідних каналів (карт ознак).</translation>
    </message>
    <message>
      <source>Number of hidden units h (the layer's outputs).</source>
      <translation>Кількість прихованих нейронів h (виходи шару).</translation>
    </message>
    <message>
      <source>Number of learnable values (weights and biases) of this layer</source>
      <translation>Кількість навчуваних значень (ваг і зсувів) цього шару</translation>
    </message>
    <message>
      <source>Number of neurons (outputs) of the layer.</source>
      <translation>Кількість нейронів (виходів) шару.</translation>
    </message>
    <message>
      <source>Number of points (or sequences), train and test together.</source>
      <translation>Кількість точок (або послідовностей), навчальні й тестові разом.</translation>
    </message>
    <message>
      <source>Nursery rhymes (characters)</source>
      <translation>Дитячі віршики (символи)</translation>
    </message>
    <message>
      <source>ONNX model (.onnx)</source>
      <translation>Модель ONNX (.onnx)</translation>
    </message>
    <message>
      <source>ONNX opset {opset}, input "input" {input}, output "output", any batch size</source>
      <translation>ONNX opset {opset}, вхід "input" {input}, вихід "output", будь-який розмір пакета</translation>
    </message>
    <message>
      <source>OR</source>
      <translation>OR</translation>
    </message>
    <message>
      <source>One .onnx file (opset 18) for onnxruntime, Netron and other frameworks. Any batch size.</source>
      <translation>Один файл .onnx (opset 18) для onnxruntime, Netron та інших фреймворків. Будь-який розмір пакета.</translation>
    </message>
    <message>
      <source>One column per test image: the input, what the network received (denoising only) and its reconstruction. Every row uses the same grey levels, 0 black to 1 white.</source>
      <translation>По одному стовпцю на тестове зображення: вхід, те, що отримала мережа (лише для шумоподавлення), і її реконструкція. Усі рядки використовують однакові рівні сірого: 0 — чорний, 1 — білий.</translation>
    </message>
    <message>
      <source>One column per test sample: what the RBM's visible units hold (the image for the first RBM) and the probabilities P(v=1|h) after k rounds of sampling h from v and v from h. 0 black, 1 white.</source>
      <translation>Один стовпець на тестовий зразок: що містять видимі нейрони RBM (для першої RBM — зображення) і ймовірності P(v=1|h) після k раундів семплювання h з v і v з h. 0 — чорний, 1 — білий.</translation>
    </message>
    <message>
      <source>One curve per recurrent layer (its top layer, forward direction)</source>
      <translation>По одній кривій на рекурентний шар (його верхній шар, прямий напрямок)</translation>
    </message>
    <message>
      <source>One epoch</source>
      <translation>Одна епоха</translation>
    </message>
    <message>
      <source>One gaussian blob per class.</source>
      <translation>Одна гауссова хмара на клас.</translation>
    </message>
    <message>
      <source>One hidden layer of 8 ReLU units solves XOR: the hidden units bend the plane so one line separates it.</source>
      <translation>Один прихований шар із 8 нейронів ReLU розв’язує XOR: приховані нейрони згинають площину так, що одна пряма її розділяє.</translation>
    </message>
    <message>
      <source>One network, one circle, two losses: binary cross-entropy against the mean squared error of the probability.</source>
      <translation>Одна мережа, одне коло, дві функції втрат: бінарна крос-ентропія проти середньоквадратичної помилки ймовірності.</translation>
    </message>
    <message>
      <source>One network, one data set, one seed, one learning rate (0.01): only the optimizer differs. Plain SGD takes small steps along the gradient; momentum and Nesterov build up speed along a steady direction; AdaGrad, RMSProp, Adam and NAdam scale each weight's step by its gradient history.</source>
      <translation>Одна мережа, один набір даних, одне початкове значення (seed), одна швидкість навчання (0.01): відрізняється лише оптимізатор. Звичайний SGD робить малі кроки вздовж градієнта; імпульс (momentum) і метод Нестерова набирають швидкість у сталому напрямку; AdaGrad, RMSProp, Adam і NAdam масштабують крок кожної ваги відповідно до історії її градієнтів.</translation>
    </message>
    <message>
      <source>One neuron fewer in '{name}'</source>
      <translation>На один нейрон менше в '{name}'</translation>
    </message>
    <message>
      <source>One neuron more in '{name}'</source>
      <translation>На один нейрон більше в '{name}'</translation>
    </message>
    <message>
      <source>One pair of patches for each of the 8 positions, from the same unlabelled digits every time. A black neighbour (background only) cannot be placed by anyone: such pairs keep the pretext accuracy well below 100 %</source>
      <translation>По одній парі фрагментів для кожної з 8 позицій, щоразу з тих самих нерозмічених цифр. Чорного сусіда (лише фон) не розмістить ніхто: через такі пари точність допоміжної задачі лишається значно нижчою за 100 %</translation>
    </message>
    <message>
      <source>One step</source>
      <translation>Один крок</translation>
    </message>
    <message>
      <source>One time step: there is no path back through time to judge.</source>
      <translation>Один часовий крок: немає шляху назад у часі, який можна оцінити.</translation>
    </message>
    <message>
      <source>One trainable layer ({layer}): its gradient norm is {norm}.</source>
      <translation>Один навчуваний шар ({layer}): норма його градієнта — {norm}.</translation>
    </message>
    <message>
      <source>One weight per input, in the order the inputs arrive, separated by commas: positive excites, negative inhibits (e.g. 1, 1 for AND and OR, -1 for NOT).</source>
      <translation>По одній вазі на вхід, у порядку надходження входів, через кому: додатна збуджує, від’ємна гальмує (напр. 1, 1 для AND і OR, -1 для NOT).</translation>
    </message>
    <message>
      <source>Open &amp;Preset</source>
      <translation>Відкрити &amp;приклад</translation>
    </message>
    <message>
      <source>Open Lesson</source>
      <translation>Відкрити урок</translation>
    </message>
    <message>
      <source>Open a project file</source>
      <translation>Відкрити файл проєкту</translation>
    </message>
    <message>
      <source>Open project</source>
      <translation>Відкрити проєкт</translation>
    </message>
    <message>
      <source>Open the lesson's design in the editor, ready to train</source>
      <translation>Відкрити схему уроку в редакторі, готову до навчання</translation>
    </message>
    <message>
      <source>Optimizer</source>
      <translation>Оптимізатор</translation>
    </message>
    <message>
      <source>Optimizers</source>
      <translation>Оптимізатори</translation>
    </message>
    <message>
      <source>Optimizers on a loss surface</source>
      <translation>Оптимізатори на поверхні втрат</translation>
    </message>
    <message>
      <source>Orthogonal recurrent weights</source>
      <translation>Ортогональні рекурентні ваги</translation>
    </message>
    <message>
      <source>Output</source>
      <translation>Вихід</translation>
    </message>
    <message>
      <source>Output padding</source>
      <translation>Доповнення виходу (output padding)</translation>
    </message>
    <message>
      <source>Output: drag from here to a layer's input to connect them</source>
      <translation>Вихід: перетягніть звідси до входу шару, щоб з’єднати їх</translation>
    </message>
    <message>
      <source>P</source>
      <translation>P</translation>
    </message>
    <message>
      <source>PASS</source>
      <translation>ПРОЙДЕНО</translation>
    </message>
    <message>
      <source>PC 1</source>
      <translation>ГК 1</translation>
    </message>
    <message>
      <source>PC 2</source>
      <translation>ГК 2</translation>
    </message>
    <message>
      <source>PCA projection of the {units} units of {layer} (first two components) · {n} test samples</source>
      <translation>Проєкція PCA нейронів шару {layer} ({units}; перші дві компоненти) · тестових зразків: {n}</translation>
    </message>
    <message>
      <source>Padding</source>
      <translation>Доповнення (padding)</translation>
    </message>
    <message>
      <source>Parameters</source>
      <translation>Параметри</translation>
    </message>
    <message>
      <source>Parameters: {count}</source>
      <translation>Параметрів: {count}</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>Вставити</translation>
    </message>
    <message>
      <source>Paste layers from the clipboard</source>
      <translation>Вставити шари з буфера обміну</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Pause training (Space)</source>
      <translation>Призупинити навчання (Space)</translation>
    </message>
    <message>
      <source>Pause, then drag back through training: every plot shows the network as it was</source>
      <translation>Призупиніть і прокручуйте навчання назад: кожен графік показує мережу такою, якою вона була</translation>
    </message>
    <message>
      <source>Peephole connections: the gates also see the cell state, f_t = σ(W_f·[h_{t−1}, x_t] + w_cf⊙C_{t−1} + b_f), i_t = σ(W_i·[h_{t−1}, x_t] + w_ci⊙C_{t−1} + b_i), o_t = σ(W_o·[h_{t−1}, x_t] + w_co⊙C_t + b_o) (one weight per cell unit and gate, starting at 0). Torch has no fused peephole layer: the steps run one at a time, slower.</source>
      <translation>З’єднання-вічка (peephole): вентилі бачать і стан комірки, f_t = σ(W_f·[h_{t−1}, x_t] + w_cf⊙C_{t−1} + b_f), i_t = σ(W_i·[h_{t−1}, x_t] + w_ci⊙C_{t−1} + b_i), o_t = σ(W_o·[h_{t−1}, x_t] + w_co⊙C_t + b_o) (по одній вазі на кожен нейрон комірки й кожен вентиль, початково 0). У Torch немає злитого шару з вічками: кроки виконуються по одному, повільніше.</translation>
    </message>
    <message>
      <source>Peephole vs plain LSTM</source>
      <translation>LSTM із вічками проти звичайної LSTM</translation>
    </message>
    <message>
      <source>Peepholes</source>
      <translation>Вічка (peephole)</translation>
    </message>
    <message>
      <source>Perceptron</source>
      <translation>Перцептрон</translation>
    </message>
    <message>
      <source>Perceptron learns AND</source>
      <translation>Перцептрон вивчає AND</translation>
    </message>
    <message>
      <source>Perceptron learns OR</source>
      <translation>Перцептрон навчається OR</translation>
    </message>
    <message>
      <source>Perceptron rule</source>
      <translation>Правило перцептрона</translation>
    </message>
    <message>
      <source>Persistent CD</source>
      <translation>Персистентна CD</translation>
    </message>
    <message>
      <source>Persistent CD: the Gibbs chains go on from where the last update left them instead of starting at the data, so they explore the model's distribution further (Tieleman 2008).</source>
      <translation>Персистентна CD: ланцюги Гіббса продовжуються з того місця, де їх залишило останнє оновлення, а не починаються з даних, тож вони глибше досліджують розподіл моделі (Tieleman 2008).</translation>
    </message>
    <message>
      <source>Pick a CSV table, then its target and feature columns</source>
      <translation>Виберіть таблицю CSV, потім її цільовий стовпець і стовпці ознак</translation>
    </message>
    <message>
      <source>Pick a folder holding one sub-folder of images per class</source>
      <translation>Виберіть теку, що містить по одній підтеці із зображеннями для кожного класу</translation>
    </message>
    <message>
      <source>Pick an .npz file with an 'images' array (N×H×W or N×H×W×C) and 'labels'</source>
      <translation>Виберіть файл .npz із масивом 'images' (N×H×W або N×H×W×C) і 'labels'</translation>
    </message>
    <message>
      <source>Pixels added around the image before pooling (at most half the window).</source>
      <translation>Пікселі, додані навколо зображення перед пулінгом (не більше половини вікна).</translation>
    </message>
    <message>
      <source>Plain (Elman) recurrent layer: h_t = tanh(W_xh·x_t + W_hh·h_{t−1} + b). Its gradients through time are products of W_hh and tanh′ per step, so they vanish (or explode) over long sequences.</source>
      <translation>Простий (Елмана) рекурентний шар: h_t = tanh(W_xh·x_t + W_hh·h_{t−1} + b). Його градієнти в часі — добутки W_hh і tanh′ на кожному кроці, тож на довгих послідовностях вони згасають (або вибухають).</translation>
    </message>
    <message>
      <source>Plain LSTM</source>
      <translation>Звичайна LSTM</translation>
    </message>
    <message>
      <source>Plane</source>
      <translation>Площина</translation>
    </message>
    <message>
      <source>Play</source>
      <translation>Пуск</translation>
    </message>
    <message>
      <source>Play / Pause</source>
      <translation>Пуск / Пауза</translation>
    </message>
    <message>
      <source>Play / Pause (a tap; hold and drag to pan the canvas)</source>
      <translation>Пуск / Пауза (натискання; утримуйте й перетягуйте, щоб панорамувати полотно)</translation>
    </message>
    <message>
      <source>Plots as Images (PNG and SVG)…</source>
      <translation>Графіки як зображення (PNG і SVG)…</translation>
    </message>
    <message>
      <source>Points along a slanted line segment.</source>
      <translation>Точки вздовж похилого відрізка.</translation>
    </message>
    <message>
      <source>Points per update step.</source>
      <translation>Точок на крок оновлення.</translation>
    </message>
    <message>
      <source>Points you draw on the data preview (click or drag; the samples scatter around them).</source>
      <translation>Точки, які ви малюєте на попередньому перегляді даних (клацніть або ведіть мишею; зразки розкидаються навколо них).</translation>
    </message>
    <message>
      <source>Pop &amp;Out</source>
      <translation>&amp;Відкріпити</translation>
    </message>
    <message>
      <source>Pop Out {panel}</source>
      <translation>Відкріпити {panel}</translation>
    </message>
    <message>
      <source>Predict</source>
      <translation>Прогноз</translation>
    </message>
    <message>
      <source>Predict {target} ({what}) from {n} feature columns.</source>
      <translation>Передбачати {target} ({what}) за стовпцями ознак (кількість: {n}).</translation>
    </message>
    <message>
      <source>Prediction vs target</source>
      <translation>Прогноз і ціль</translation>
    </message>
    <message>
      <source>Presentation &amp;Text Size</source>
      <translation>Розмір &amp;тексту презентації</translation>
    </message>
    <message>
      <source>Presentation mode on / off</source>
      <translation>Режим презентації: увімк. / вимк.</translation>
    </message>
    <message>
      <source>Preset: {name}</source>
      <translation>Приклад: {name}</translation>
    </message>
    <message>
      <source>Press Play to train</source>
      <translation>Натисніть «Пуск», щоб почати навчання</translation>
    </message>
    <message>
      <source>Pretext task</source>
      <translation>Допоміжна задача</translation>
    </message>
    <message>
      <source>Pretext: relative position, step {step} of {total}</source>
      <translation>Допоміжна задача: відносне положення, крок {step} з {total}</translation>
    </message>
    <message>
      <source>Pretraining</source>
      <translation>Попереднє навчання</translation>
    </message>
    <message>
      <source>Pretraining done: fine-tuning with labels</source>
      <translation>Попереднє навчання завершено: донавчання з мітками</translation>
    </message>
    <message>
      <source>Pretraining steps</source>
      <translation>Кроки попереднього навчання</translation>
    </message>
    <message>
      <source>Pretraining: learning without labels, then fine-tuning with them</source>
      <translation>Попереднє навчання: спершу без міток, потім донавчання з мітками</translation>
    </message>
    <message>
      <source>Probability of dropping a channel.</source>
      <translation>Імовірність відкидання каналу.</translation>
    </message>
    <message>
      <source>Probability of dropping a value.</source>
      <translation>Імовірність відкидання значення.</translation>
    </message>
    <message>
      <source>Projects and saved runs (*.json *.nnpz);;NN Playground projects (*.json);;Saved runs (*.nnpz);;All files (*)</source>
      <translation>Проєкти та збережені запуски (*.json *.nnpz);;Проєкти NN Playground (*.json);;Збережені запуски (*.nnpz);;Усі файли (*)</translation>
    </message>
    <message>
      <source>Put every popped-out plot back into the main window</source>
      <translation>Повернути всі відкріплені графіки в головне вікно</translation>
    </message>
    <message>
      <source>Put this plot back into the main window</source>
      <translation>Повернути цей графік у головне вікно</translation>
    </message>
    <message>
      <source>PyTorch weights + design (.pt)</source>
      <translation>Ваги PyTorch + схема (.pt)</translation>
    </message>
    <message>
      <source>Python code and its weights {weights} ({size} bytes); run it with python {name}</source>
      <translation>Код Python і його ваги {weights} ({size} байт); запустіть його командою python {name}</translation>
    </message>
    <message>
      <source>Python code must go to a .py file, got {name}</source>
      <translation>Код Python має бути у файлі .py, отримано {name}</translation>
    </message>
    <message>
      <source>Quick builder</source>
      <translation>Швидкий конструктор</translation>
    </message>
    <message>
      <source>RBM filters</source>
      <translation>Фільтри RBM</translation>
    </message>
    <message>
      <source>RBM layers, one at a time (contrastive divergence)</source>
      <translation>Шари RBM по одному (контрастивна дивергенція)</translation>
    </message>
    <message>
      <source>RBM reconstructions</source>
      <translation>Реконструкції RBM</translation>
    </message>
    <message>
      <source>RBM training</source>
      <translation>Навчання RBM</translation>
    </message>
    <message>
      <source>RBM weights</source>
      <translation>Ваги RBM</translation>
    </message>
    <message>
      <source>RBM {i} of {n}: contrastive divergence (CD-{k})</source>
      <translation>RBM {i} з {n}: контрастивна дивергенція (CD-{k})</translation>
    </message>
    <message>
      <source>RBM {i} of {n}: persistent contrastive divergence (PCD-{k})</source>
      <translation>RBM {i} з {n}: персистентна контрастивна дивергенція (PCD-{k})</translation>
    </message>
    <message>
      <source>RMSProp</source>
      <translation>RMSProp</translation>
    </message>
    <message>
      <source>RNN</source>
      <translation>RNN</translation>
    </message>
    <message>
      <source>Random shift (px)</source>
      <translation>Випадковий зсув (пкс)</translation>
    </message>
    <message>
      <source>Random symbol sequences (generated)</source>
      <translation>Випадкові послідовності символів (згенеровані)</translation>
    </message>
    <message>
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <source>ReLU + He</source>
      <translation>ReLU + He</translation>
    </message>
    <message>
      <source>ReLU and He initialisation keep gradients alive</source>
      <translation>ReLU та ініціалізація He зберігають градієнти живими</translation>
    </message>
    <message>
      <source>ReLU: slope 1 for positive inputs, 0 for negative ones (a unit can die).</source>
      <translation>ReLU: нахил 1 для додатних входів, 0 для від’ємних (нейрон може «померти»).</translation>
    </message>
    <message>
      <source>Reading {file}…</source>
      <translation>Читання {file}…</translation>
    </message>
    <message>
      <source>Reading {name} was cancelled.</source>
      <translation>Читання {name} скасовано.</translation>
    </message>
    <message>
      <source>Reconstruction error (test MSE): {error}</source>
      <translation>Помилка реконструкції (MSE на тесті): {error}</translation>
    </message>
    <message>
      <source>Reconstruction error (test MSE): {error} · first 2 of {features} features shown</source>
      <translation>Помилка реконструкції (MSE на тесті): {error} · показано перші 2 ознаки з {features}</translation>
    </message>
    <message>
      <source>Reconstructions</source>
      <translation>Реконструкції</translation>
    </message>
    <message>
      <source>Recurrent</source>
      <translation>Рекурентні</translation>
    </message>
    <message>
      <source>Recurrent gain</source>
      <translation>Рекурентне підсилення</translation>
    </message>
    <message>
      <source>Recurrent layers stacked on each other.</source>
      <translation>Рекурентні шари, розміщені один над одним.</translation>
    </message>
    <message>
      <source>Regions</source>
      <translation>Області</translation>
    </message>
    <message>
      <source>Regression</source>
      <translation>Регресія</translation>
    </message>
    <message>
      <source>Regression: MSE</source>
      <translation>Регресія: MSE</translation>
    </message>
    <message>
      <source>Regularization</source>
      <translation>Регуляризація</translation>
    </message>
    <message>
      <source>Remember the first of 80 symbols: a plain RNN (tanh) stays at guessing (25 %) because the gradient reaching the first step shrinks by orders of magnitude (see 'Gradient through time'). Open the preset lstm-memory: the same task and size with an LSTM reaches 100 % in a few hundred steps.</source>
      <translation>Запам’ятати перший із 80 символів: проста RNN (tanh) залишається на рівні вгадування (25 %), бо градієнт, що доходить до першого кроку, зменшується на порядки (див. «Градієнт у часі»). Відкрийте приклад lstm-memory: та сама задача й розмір із LSTM досягають 100 % за кілька сотень кроків.</translation>
    </message>
    <message>
      <source>Remember the first symbol</source>
      <translation>Запам’ятати перший символ</translation>
    </message>
    <message>
      <source>Remove every drawn point</source>
      <translation>Видалити всі намальовані точки</translation>
    </message>
    <message>
      <source>Remove every point of the target you drew (undo brings them back)</source>
      <translation>Видалити всі точки намальованої цілі (скасування поверне їх)</translation>
    </message>
    <message>
      <source>Remove hidden layer</source>
      <translation>Видалити прихований шар</translation>
    </message>
    <message>
      <source>Remove the drawn points</source>
      <translation>Видалити намальовані точки</translation>
    </message>
    <message>
      <source>Remove the last hidden layer and reconnect the layers around it</source>
      <translation>Видалити останній прихований шар і перез’єднати сусідні шари</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>Перейменувати</translation>
    </message>
    <message>
      <source>Replaces each window by its average: a smaller, smoother image. Learns nothing.</source>
      <translation>Замінює кожне вікно його середнім: менше, гладкіше зображення. Нічого не навчається.</translation>
    </message>
    <message>
      <source>Replay</source>
      <translation>Відтворити знову</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Скинути</translation>
    </message>
    <message>
      <source>Reset the run</source>
      <translation>Скинути запуск</translation>
    </message>
    <message>
      <source>Reset to apply</source>
      <translation>Скиньте, щоб застосувати</translation>
    </message>
    <message>
      <source>Restore unsaved work?</source>
      <translation>Відновити незбережену роботу?</translation>
    </message>
    <message>
      <source>Restricted Boltzmann machine: binary visible units v (its input) and hidden units h with energy E(v, h) = −b_v·v − b_h·h − hᵀWv and no links inside a layer, so P(h=1|v) = σ(Wv + b_h) and P(v=1|h) = σ(Wᵀh + b_v). The RBM pretraining learns W without labels by contrastive divergence (CD-k): ΔW ∝ ⟨h vᵀ⟩ on the data − ⟨h vᵀ⟩ after k Gibbs steps. Stacked RBMs, each trained on the hidden probabilities of the one below, form a deep belief network. Its output is P(h=1|v), so backprop can fine-tune the stack with labels afterwards.</source>
      <translation>Обмежена машина Больцмана: бінарні видимі нейрони v (її вхід) і приховані нейрони h з енергією E(v, h) = −b_v·v − b_h·h − hᵀWv і без зв’язків усередині шару, тож P(h=1|v) = σ(Wv + b_h) і P(v=1|h) = σ(Wᵀh + b_v). Попереднє навчання RBM вивчає W без міток методом контрастивної дивергенції (CD-k): ΔW ∝ ⟨h vᵀ⟩ на даних − ⟨h vᵀ⟩ після k кроків Гіббса. Складені в стек RBM, кожна з яких навчена на прихованих імовірностях попередньої, утворюють мережу глибокої довіри. Її вихід — P(h=1|v), тож потім зворотне поширення помилки може донавчити стек із мітками.</translation>
    </message>
    <message>
      <source>Return sequences</source>
      <translation>Повертати послідовності</translation>
    </message>
    <message>
      <source>Rho</source>
      <translation>Ро</translation>
    </message>
    <message>
      <source>Ring of gaussians</source>
      <translation>Кільце гауссових хмар</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on AND: class 1 only where both inputs are positive. One straight line separates the classes, so the perceptron rule stops making errors after a few passes over the data.</source>
      <translation>Перцептрон Розенблатта (один шар порогових нейронів) на AND: клас 1 лише там, де обидва входи додатні. Одна пряма розділяє класи, тож правило перцептрона перестає помилятися після кількох проходів по даних.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on OR: class 1 where either input is positive. One straight line separates the classes, so the perceptron rule stops making errors after a few passes over the data.</source>
      <translation>Перцептрон Розенблатта (один шар порогових нейронів) на OR: клас 1 там, де хоча б один вхід додатний. Класи розділяє одна пряма, тож правило перцептрона перестає помилятися після кількох проходів по даних.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron (one layer of step units) on XOR. One straight line cannot separate the four quadrants, so accuracy stays near chance however long it trains.</source>
      <translation>Перцептрон Розенблатта (один шар порогових нейронів) на XOR. Одна пряма не може розділити чотири квадранти, тож точність залишається на рівні випадкового вгадування, скільки б він не навчався.</translation>
    </message>
    <message>
      <source>Rosenblatt's perceptron is one neuron: a weighted sum of the inputs plus a bias, passed through a step function. Its learning rule is simple: after every wrong answer it moves the weights towards the input (or away from it) by the learning rate. Class 1 here is the AND of the two signs: only the cluster where both inputs are positive. One straight line separates that cluster from the other three, and for such linearly separable data the perceptron convergence theorem promises that the rule stops making errors after a finite number of updates.</source>
      <translation>Перцептрон Розенблатта — це один нейрон: зважена сума входів плюс зсув, пропущена через порогову функцію. Його правило навчання просте: після кожної неправильної відповіді він зсуває ваги до входу (або від нього) на величину швидкості навчання. Клас 1 тут — це AND двох знаків: лише кластер, де обидва входи додатні. Одна пряма відокремлює цей кластер від трьох інших, і для таких лінійно роздільних даних теорема про збіжність перцептрона гарантує, що правило перестане помилятися після скінченної кількості оновлень.</translation>
    </message>
    <message>
      <source>Rosenbrock valley</source>
      <translation>Долина Розенброка</translation>
    </message>
    <message>
      <source>Rows and columns cropped from each border of the output.</source>
      <translation>Рядки та стовпці, що обрізаються з кожного краю виходу.</translation>
    </message>
    <message>
      <source>Rows and columns of zeros added around the image. With stride 1, padding (kernel − 1) / 2 keeps the size.</source>
      <translation>Рядки й стовпці нулів, додані навколо зображення. Із кроком 1 доповнення (kernel − 1) / 2 зберігає розмір.</translation>
    </message>
    <message>
      <source>Run the race again from the start</source>
      <translation>Запустити перегони знову з початку</translation>
    </message>
    <message>
      <source>SELU</source>
      <translation>SELU</translation>
    </message>
    <message>
      <source>SELU: ELU scaled so activations keep mean 0 and variance 1 by themselves.</source>
      <translation>SELU: ELU, масштабована так, що активації самі зберігають середнє 0 і дисперсію 1.</translation>
    </message>
    <message>
      <source>SGD</source>
      <translation>SGD</translation>
    </message>
    <message>
      <source>SGD + momentum</source>
      <translation>SGD з імпульсом (momentum)</translation>
    </message>
    <message>
      <source>Saddle point</source>
      <translation>Сідлова точка</translation>
    </message>
    <message>
      <source>Sample {shown} · each layer on its own colour scale</source>
      <translation>Зразок {shown} · кожен шар у власній колірній шкалі</translation>
    </message>
    <message>
      <source>Samples</source>
      <translation>Зразки</translation>
    </message>
    <message>
      <source>Saturation value for negative inputs of ELU.</source>
      <translation>Значення насичення ELU для від’ємних входів.</translation>
    </message>
    <message>
      <source>Save &amp;As…</source>
      <translation>Зберегти &amp;як…</translation>
    </message>
    <message>
      <source>Save every shown panel as a PNG picture and an SVG drawing, for slides</source>
      <translation>Зберегти кожну показану панель як зображення PNG і рисунок SVG для слайдів</translation>
    </message>
    <message>
      <source>Save project as</source>
      <translation>Зберегти проєкт як</translation>
    </message>
    <message>
      <source>Save the changes to this design?</source>
      <translation>Зберегти зміни в цій схемі?</translation>
    </message>
    <message>
      <source>Save the changes to {name}?</source>
      <translation>Зберегти зміни в {name}?</translation>
    </message>
    <message>
      <source>Save the loss history of the run as a table (step, train, test)</source>
      <translation>Зберегти історію втрат запуску як таблицю (крок, навч., тест)</translation>
    </message>
    <message>
      <source>Save the metric history</source>
      <translation>Зберегти історію метрик</translation>
    </message>
    <message>
      <source>Save the plots into a folder</source>
      <translation>Зберегти графіки в теку</translation>
    </message>
    <message>
      <source>Save the project</source>
      <translation>Зберегти проєкт</translation>
    </message>
    <message>
      <source>Save the project under a new name</source>
      <translation>Зберегти проєкт під новою назвою</translation>
    </message>
    <message>
      <source>Save the run as it is now (design, trained weights, optimizer state, history) in one .nnpz file that reopens in the same state and goes on training identically</source>
      <translation>Зберегти запуск у поточному стані (схема, навчені ваги, стан оптимізатора, історія) в один файл .nnpz, який відкривається в тому самому стані й продовжує навчання ідентично</translation>
    </message>
    <message>
      <source>Save the run with its weights</source>
      <translation>Зберегти запуск із вагами</translation>
    </message>
    <message>
      <source>Save with &amp;Weights…</source>
      <translation>Зберегти з &amp;вагами…</translation>
    </message>
    <message>
      <source>Save with weights</source>
      <translation>Зберегти з вагами</translation>
    </message>
    <message>
      <source>Saved runs (*{suffix})</source>
      <translation>Збережені запуски (*{suffix})</translation>
    </message>
    <message>
      <source>Saved the run at step {step} with its weights to {file} ({size} bytes)</source>
      <translation>Запуск на кроці {step} збережено з вагами до {file} ({size} байт)</translation>
    </message>
    <message>
      <source>Saved {n} plots as PNG and SVG in {folder}</source>
      <translation>Збережено графіків у PNG і SVG: {n}, тека {folder}</translation>
    </message>
    <message>
      <source>Saved {n} rows of history to {file}</source>
      <translation>Історію збережено у {file} (рядків: {n})</translation>
    </message>
    <message>
      <source>Saving from the run</source>
      <translation>Збереження із запуску</translation>
    </message>
    <message>
      <source>Scale</source>
      <translation>Масштаб</translation>
    </message>
    <message>
      <source>Scrub Back</source>
      <translation>Прокрутити назад</translation>
    </message>
    <message>
      <source>Scrub Forward</source>
      <translation>Прокрутити вперед</translation>
    </message>
    <message>
      <source>Scrub back / forward through the run</source>
      <translation>Прокрутити запуск назад / вперед</translation>
    </message>
    <message>
      <source>Search layers…</source>
      <translation>Пошук шарів…</translation>
    </message>
    <message>
      <source>Seed</source>
      <translation>Початкове значення (seed)</translation>
    </message>
    <message>
      <source>Seed of the data generator and of the train/test split: the same seed gives the same data.</source>
      <translation>Зерно генератора даних і розбиття на навчальну/тестову вибірки: однакове зерно дає однакові дані.</translation>
    </message>
    <message>
      <source>Seed of weight initialisation and batch order: the same seed repeats a run exactly.</source>
      <translation>Початкове значення (seed) для ініціалізації ваг і порядку пакетів: те саме значення точно повторює запуск.</translation>
    </message>
    <message>
      <source>Select &amp;All</source>
      <translation>Виділити &amp;все</translation>
    </message>
    <message>
      <source>Select a layer on the canvas to see and edit its parameters.</source>
      <translation>Виділіть шар на полотні, щоб побачити й змінити його параметри.</translation>
    </message>
    <message>
      <source>Select every layer</source>
      <translation>Виділити всі шари</translation>
    </message>
    <message>
      <source>Select layers to copy first.</source>
      <translation>Спершу виділіть шари для копіювання.</translation>
    </message>
    <message>
      <source>Select layers to cut first.</source>
      <translation>Спершу виділіть шари для вирізання.</translation>
    </message>
    <message>
      <source>Select layers to duplicate first.</source>
      <translation>Спершу виділіть шари для дублювання.</translation>
    </message>
    <message>
      <source>Self-supervised pretraining: before it sees a label, the network learns to tell where a patch of a digit lies next to the centre patch (one of 8 positions), on all 2000 unlabelled training images of the digits 5–9. Then the convolution layers are frozen and only the Dense layer learns from 10 labelled images of each digit. The variants train the same network from scratch on those 50 images, and start its convolutions from weights learned with labels on the other digits 0–4 (supervised pretraining).</source>
      <translation>Самокероване попереднє навчання: ще не бачивши жодної мітки, мережа вчиться визначати, де фрагмент цифри розташований відносно центрального фрагмента (одна з 8 позицій), на всіх 2000 нерозмічених навчальних зображеннях цифр 5–9. Потім згорткові шари заморожуються, і лише шар Dense навчається на 10 розмічених зображеннях кожної цифри. Варіанти навчають ту саму мережу з нуля на цих 50 зображеннях і починають її згортки з ваг, вивчених із мітками на інших цифрах 0–4 (попереднє навчання з учителем).</translation>
    </message>
    <message>
      <source>Self-supervised pretraining: where is this patch?</source>
      <translation>Самокероване попереднє навчання: де цей фрагмент?</translation>
    </message>
    <message>
      <source>Self-supervised: relative position of patches</source>
      <translation>Самокероване: відносне положення фрагментів</translation>
    </message>
    <message>
      <source>Separate context vectors x′ (word2vec)</source>
      <translation>Окремі контекстні вектори x′ (word2vec)</translation>
    </message>
    <message>
      <source>Sequence</source>
      <translation>Послідовність</translation>
    </message>
    <message>
      <source>Sequence length</source>
      <translation>Довжина послідовності</translation>
    </message>
    <message>
      <source>Set {name}</source>
      <translation>Задати {name}</translation>
    </message>
    <message>
      <source>Set {setting}</source>
      <translation>Задати {setting}</translation>
    </message>
    <message>
      <source>Seven optimizers race on the moons: the same network, data, seed and learning rate.</source>
      <translation>Сім оптимізаторів змагаються на півмісяцях: та сама мережа, дані, початкове значення (seed) і швидкість навчання.</translation>
    </message>
    <message>
      <source>Shape</source>
      <translation>Форма</translation>
    </message>
    <message>
      <source>Shape a plain stack of Dense layers: add or remove hidden layers and neurons</source>
      <translation>Сформувати простий стек шарів Dense: додавайте чи видаляйте приховані шари й нейрони</translation>
    </message>
    <message>
      <source>Shape of one sample leaving this layer (without the batch dimension)</source>
      <translation>Форма одного зразка на виході цього шару (без виміру пакета)</translation>
    </message>
    <message>
      <source>Shape of one sample without the batch: [2] for two features, [1, 28, 28] for a grey 28×28 image.</source>
      <translation>Форма одного зразка без пакета: [2] для двох ознак, [1, 28, 28] для сірого зображення 28×28.</translation>
    </message>
    <message>
      <source>Share of each class's test samples classified right; dashed: overall</source>
      <translation>Частка правильно класифікованих тестових зразків кожного класу; пунктир: загалом</translation>
    </message>
    <message>
      <source>Share of the points used for training; the rest tests.</source>
      <translation>Частка точок для навчання; решта — для тесту.</translation>
    </message>
    <message>
      <source>Share of the previous update kept (momentum and Nesterov).</source>
      <translation>Частка попереднього оновлення, що зберігається (імпульс і Нестеров).</translation>
    </message>
    <message>
      <source>Share of the test samples the network classifies right</source>
      <translation>Частка тестових зразків, які мережа класифікує правильно</translation>
    </message>
    <message>
      <source>Shift and scale each feature column to mean 0 and standard deviation 1 (measured on the training rows), so columns in large units do not dominate the first layer.</source>
      <translation>Зсунути й масштабувати кожен стовпець ознак до середнього 0 і стандартного відхилення 1 (виміряних на навчальних рядках), щоб стовпці у великих одиницях не домінували в першому шарі.</translation>
    </message>
    <message>
      <source>Show how the last training step wants to change each kernel (the gradient) instead of the kernel</source>
      <translation>Показати, як останній крок навчання хоче змінити кожне ядро (градієнт), замість самого ядра</translation>
    </message>
    <message>
      <source>Show neuron maps and weights on layers</source>
      <translation>Показувати карти нейронів і ваги на шарах</translation>
    </message>
    <message>
      <source>Show only the settings a first lecture needs: hides fine-tuning settings and the quick builder</source>
      <translation>Показувати лише параметри, потрібні на першій лекції: приховує параметри тонкого налаштування і швидкий конструктор</translation>
    </message>
    <message>
      <source>Show or hide {name} in both plots</source>
      <translation>Показати або сховати {name} на обох графіках</translation>
    </message>
    <message>
      <source>Show the hard decision instead of the confidence: class 1 where P ≥ 0.5 (binary), the most likely class (multi-class)</source>
      <translation>Показати жорстке рішення замість упевненості: клас 1, де P ≥ 0.5 (бінарна), найімовірніший клас (багатокласова)</translation>
    </message>
    <message>
      <source>Show the newest snapshot again</source>
      <translation>Знову показати найновіший знімок</translation>
    </message>
    <message>
      <source>Show the whole design</source>
      <translation>Показати всю схему</translation>
    </message>
    <message>
      <source>Show this plot in a window of its own, e.g. on a second screen</source>
      <translation>Показати цей графік в окремому вікні, напр. на другому екрані</translation>
    </message>
    <message>
      <source>Show what the decoder draws at each point of a grid over the latent plane (for a code of two units that the decoder reads alone)</source>
      <translation>Показати, що малює декодер у кожній точці сітки на латентній площині (для коду з двох нейронів, який декодер читає без інших входів)</translation>
    </message>
    <message>
      <source>Side of the square filter, in pixels.</source>
      <translation>Сторона квадратного фільтра в пікселях.</translation>
    </message>
    <message>
      <source>Side of the square kernel, in pixels.</source>
      <translation>Сторона квадратного ядра в пікселях.</translation>
    </message>
    <message>
      <source>Side of the square window, in pixels.</source>
      <translation>Сторона квадратного вікна в пікселях.</translation>
    </message>
    <message>
      <source>Sigma</source>
      <translation>Сигма</translation>
    </message>
    <message>
      <source>Sigmoid</source>
      <translation>Сигмоїда</translation>
    </message>
    <message>
      <source>Sigmoid + BatchNorm</source>
      <translation>Сигмоїда + BatchNorm</translation>
    </message>
    <message>
      <source>Sigmoid + skips</source>
      <translation>Сигмоїда + обхідні з’єднання</translation>
    </message>
    <message>
      <source>Sigmoid: the slope is at most 0.25, so ten sigmoid layers shrink a gradient below 10⁻⁶.</source>
      <translation>Сигмоїда: нахил не більше 0.25, тож десять шарів із сигмоїдою зменшують градієнт нижче 10⁻⁶.</translation>
    </message>
    <message>
      <source>Sign</source>
      <translation>Знак</translation>
    </message>
    <message>
      <source>Sine waves (forecast)</source>
      <translation>Синусоїди (прогноз)</translation>
    </message>
    <message>
      <source>Sixteen networks learn the same spiral from the same data and seed. Across: the number of hidden units n in each layer (2, 4, 8, 16); down: the number of hidden layers m (0 to 3). With no hidden layer the network can only draw a straight line, whatever n says. More units and more layers let the boundary bend around the arms.</source>
      <translation>Шістнадцять мереж вивчають ту саму спіраль на тих самих даних і з тим самим початковим значенням (seed). По горизонталі — кількість прихованих нейронів n у кожному шарі (2, 4, 8, 16); по вертикалі — кількість прихованих шарів m (від 0 до 3). Без прихованого шару мережа може провести лише пряму лінію, хоч яким би було n. Більше нейронів і більше шарів дають межі змогу вигинатися навколо рукавів спіралі.</translation>
    </message>
    <message>
      <source>Sixteen networks side by side on the spiral: hidden units n = 2, 4, 8, 16 across, hidden layers m = 0..3 down.</source>
      <translation>Шістнадцять мереж поруч на спіралі: приховані нейрони n = 2, 4, 8, 16 по горизонталі, приховані шари m = 0..3 по вертикалі.</translation>
    </message>
    <message>
      <source>Sixty noisy points and a network far too big for them: four ways to keep it from learning the noise.</source>
      <translation>Шістдесят зашумлених точок і мережа, завелика для них: чотири способи не дати їй вивчити шум.</translation>
    </message>
    <message>
      <source>Size</source>
      <translation>Розмір</translation>
    </message>
    <message>
      <source>Size of text and plot labels in presentation mode</source>
      <translation>Розмір тексту й підписів графіків у режимі презентації</translation>
    </message>
    <message>
      <source>Size of the hidden state h (units per direction).</source>
      <translation>Розмір прихованого стану h (нейронів на напрям).</translation>
    </message>
    <message>
      <source>Size of the last update relative to the weights (log scale); the dashed line marks 10⁻³, typical for a well-chosen learning rate</source>
      <translation>Розмір останнього оновлення відносно ваг (логарифмічна шкала); пунктир позначає 10⁻³, типово для добре вибраної швидкості навчання</translation>
    </message>
    <message>
      <source>Slides small learnable filters over the image; each filter looks for one pattern everywhere and makes one feature map. Output side: ⌊(H + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.</source>
      <translation>Ковзає маленькими навчуваними фільтрами по зображенню; кожен фільтр шукає один шаблон усюди й створює одну карту ознак. Сторона виходу: ⌊(H + 2·padding − dilation·(kernel − 1) − 1) / stride⌋ + 1.</translation>
    </message>
    <message>
      <source>Slope</source>
      <translation>Нахил</translation>
    </message>
    <message>
      <source>Slope for negative inputs of leaky ReLU.</source>
      <translation>Нахил Leaky ReLU для від’ємних входів.</translation>
    </message>
    <message>
      <source>Slope f′(x)</source>
      <translation>Нахил f′(x)</translation>
    </message>
    <message>
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <source>Something went wrong</source>
      <translation>Щось пішло не так</translation>
    </message>
    <message>
      <source>Space (tap): Play / Pause</source>
      <translation>Space (натискання): Пуск / Пауза</translation>
    </message>
    <message>
      <source>Sparsity β</source>
      <translation>Розрідженість β</translation>
    </message>
    <message>
      <source>Speed</source>
      <translation>Швидкість</translation>
    </message>
    <message>
      <source>Spiral</source>
      <translation>Спіраль</translation>
    </message>
    <message>
      <source>Standalone Python code (.py)</source>
      <translation>Автономний код Python (.py)</translation>
    </message>
    <message>
      <source>Standard deviation for the 'normal' init.</source>
      <translation>Стандартне відхилення для ініціалізації «нормальна».</translation>
    </message>
    <message>
      <source>Standardise</source>
      <translation>Стандартизувати</translation>
    </message>
    <message>
      <source>Standardise the features (mean 0, standard deviation 1)</source>
      <translation>Стандартизувати ознаки (середнє 0, стандартне відхилення 1)</translation>
    </message>
    <message>
      <source>Start again from the seeded initial weights</source>
      <translation>Почати знову з початкових ваг, заданих seed</translation>
    </message>
    <message>
      <source>Start an empty design</source>
      <translation>Почати порожню схему</translation>
    </message>
    <message>
      <source>Start from weights</source>
      <translation>Старт із ваг</translation>
    </message>
    <message>
      <source>Starting almost exactly on the ridge: a gradient method leaves a saddle only as fast as the tiny sideways slope lets it.</source>
      <translation>Старт майже точно на хребті: градієнтний метод залишає сідлову точку лише так швидко, як дозволяє крихітний бічний нахил.</translation>
    </message>
    <message>
      <source>Starting bias of the forget gate. 1 keeps the cell's memory open at the start of training.</source>
      <translation>Початковий зсув вентиля забування. 1 тримає пам’ять комірки відкритою на початку навчання.</translation>
    </message>
    <message>
      <source>Step</source>
      <translation>Крок</translation>
    </message>
    <message>
      <source>Step units: {units} · regions: {regions} (at most {most}) · a decision tree with as many tests: {leaves} leaves</source>
      <translation>Порогові нейрони: {units} · області: {regions} (щонайбільше {most}) · дерево рішень із такою ж кількістю перевірок: листків — {leaves}</translation>
    </message>
    <message>
      <source>Step {step} of {total}.</source>
      <translation>Крок {step} з {total}.</translation>
    </message>
    <message>
      <source>Step {step} · epoch {epoch}</source>
      <translation>Крок {step} · епоха {epoch}</translation>
    </message>
    <message>
      <source>Step {step}: the axes keep {first} % and {second} % of the spread of these vectors; words used in similar contexts drift together.</source>
      <translation>Крок {step}: осі зберігають {first} % і {second} % розкиду цих векторів; слова, вжиті в схожих контекстах, зближуються.</translation>
    </message>
    <message>
      <source>Step {step}: {words} words, vectors of {dim} numbers. Similarity = cosine of the angle between two word vectors.</source>
      <translation>Крок {step}: слів — {words}, довжина векторів — {dim}. Подібність = косинус кута між двома векторами слів.</translation>
    </message>
    <message>
      <source>Step — · epoch —</source>
      <translation>Крок — · епоха —</translation>
    </message>
    <message>
      <source>Step: the slope is 0 everywhere except the jump at 0, so backpropagation gets no signal.</source>
      <translation>Порогова: нахил усюди 0, крім стрибка в 0, тож зворотне поширення помилки не отримує сигналу.</translation>
    </message>
    <message>
      <source>Steps</source>
      <translation>Кроки</translation>
    </message>
    <message>
      <source>Steps of pretraining: per RBM layer for the RBM stack, in all for the relative-position pretext.</source>
      <translation>Кроки попереднього навчання: для стеку RBM — на кожен шар RBM, для допоміжної задачі відносного положення — загалом.</translation>
    </message>
    <message>
      <source>Stop comparing</source>
      <translation>Припинити порівняння</translation>
    </message>
    <message>
      <source>Stop training when the test loss has not improved for this many steps, and go back to the weights of its lowest point (0: off; not for GANs).</source>
      <translation>Зупинити навчання, якщо втрати на тесті не покращувалися стільки кроків, і повернутися до ваг у їхній найнижчій точці (0: вимкнено; не для GAN).</translation>
    </message>
    <message>
      <source>Stride</source>
      <translation>Крок (stride)</translation>
    </message>
    <message>
      <source>Sums of two sine waves with random frequencies and phases (generated)</source>
      <translation>Суми двох синусоїд із випадковими частотами й фазами (згенеровані)</translation>
    </message>
    <message>
      <source>T&amp;heme</source>
      <translation>&amp;Тема</translation>
    </message>
    <message>
      <source>Tanh</source>
      <translation>Tanh</translation>
    </message>
    <message>
      <source>Tanh: zero-centred, slope up to 1, but it saturates like the sigmoid.</source>
      <translation>Tanh: центрована в нулі, нахил до 1, але насичується, як і сигмоїда.</translation>
    </message>
    <message>
      <source>Target column</source>
      <translation>Цільовий стовпець</translation>
    </message>
    <message>
      <source>Target is a sum of gaussian bumps over (x1, x2).</source>
      <translation>Ціль — сума гауссових горбів на (x1, x2).</translation>
    </message>
    <message>
      <source>Target is a tilted plane over (x1, x2).</source>
      <translation>Ціль — похила площина над (x1, x2).</translation>
    </message>
    <message>
      <source>Target mean activation ρ of each unit (sparse autoencoder).</source>
      <translation>Цільова середня активація ρ кожного нейрона (розріджений автокодувальник).</translation>
    </message>
    <message>
      <source>Target ρ</source>
      <translation>Цільове ρ</translation>
    </message>
    <message>
      <source>Task</source>
      <translation>Задача</translation>
    </message>
    <message>
      <source>Temperature</source>
      <translation>Температура</translation>
    </message>
    <message>
      <source>Ten layers of sigmoid units with Glorot initialisation, trained with plain SGD. On the way back each layer multiplies the gradient by the sigmoid's slope (at most 0.25) and by its weights, so after ten layers the gradient that reaches the first layer is vanishingly small. The first layers hardly change, the network stays close to its random start, and the output can only learn the class balance: the vanishing gradient problem that held deep networks back until ReLU, careful initialisation and BatchNorm.</source>
      <translation>Десять шарів сигмоїдних нейронів з ініціалізацією Glorot, навчених звичайним SGD. На зворотному шляху кожен шар множить градієнт на нахил сигмоїди (щонайбільше 0.25) і на свої ваги, тож після десяти шарів градієнт, що доходить до першого шару, зникаюче малий. Перші шари майже не змінюються, мережа лишається близькою до випадкового початкового стану, а вихід може вивчити лише баланс класів: це проблема згасання градієнтів, яка стримувала глибокі мережі, доки не з’явилися ReLU, ретельна ініціалізація та BatchNorm.</translation>
    </message>
    <message>
      <source>Ten sigmoid layers: the gradient shrinks at every layer on its way back, so the first layers barely learn (watch the gradient-norm panel).</source>
      <translation>Десять шарів із сигмоїдою: градієнт зменшується на кожному шарі на зворотному шляху, тож перші шари майже не навчаються (стежте за панеллю норм градієнтів).</translation>
    </message>
    <message>
      <source>Test accuracy passes 90% by about 1000 steps and reaches about 97% after 2000.</source>
      <translation>Точність на тесті перевищує 90% приблизно до 1000 кроків і досягає близько 97% після 2000.</translation>
    </message>
    <message>
      <source>Test accuracy passes 90% within 100 steps and keeps rising (about 97% after 500 steps).</source>
      <translation>Точність на тесті перевищує 90% за 100 кроків і продовжує зростати (близько 97% після 500 кроків).</translation>
    </message>
    <message>
      <source>Test accuracy passes 95% within 300 steps (about 99–100%).</source>
      <translation>Точність на тесті перевищує 95% за 300 кроків (близько 99–100%).</translation>
    </message>
    <message>
      <source>Test accuracy reaches 100% within about 200 steps.</source>
      <translation>Точність на тесті досягає 100% приблизно за 200 кроків.</translation>
    </message>
    <message>
      <source>Test accuracy reaches about 99% within 300 steps, and the first and last layers' gradients stay of similar size.</source>
      <translation>Точність на тесті досягає близько 99% за 300 кроків, а градієнти першого й останнього шарів залишаються близькими за величиною.</translation>
    </message>
    <message>
      <source>Test accuracy: {accuracy}</source>
      <translation>Точність на тесті: {accuracy}</translation>
    </message>
    <message>
      <source>Test accuracy: –</source>
      <translation>Точність на тесті: –</translation>
    </message>
    <message>
      <source>Test sample</source>
      <translation>Тестовий зразок</translation>
    </message>
    <message>
      <source>Test sequence</source>
      <translation>Тестова послідовність</translation>
    </message>
    <message>
      <source>Text the network writes one character at a time, newest on top. The shaded start was given to it (taken from the test text); the rest it wrote itself</source>
      <translation>Текст, який мережа пише по одному символу, найновіший зверху. Затінений початок їй дано (взято з тестового тексту); решту вона написала сама</translation>
    </message>
    <message>
      <source>The 'Nearest words' panel: type queen, turtle or hatter and press Enter. The 'Word map' shows the frequent words drifting into groups. The test loss, measured on the last tenth of the book, rises after a few hundred steps while the training loss flattens: 27,000 words are few, but the neighbours stay meaningful.</source>
      <translation>Панель «Найближчі слова»: введіть queen, turtle або hatter і натисніть Enter. «Карта слів (PCA)» показує, як часті слова збираються в групи. Втрати на тесті, виміряні на останній десятій частині книжки, через кілька сотень кроків зростають, а втрати на навчанні виходять на плато: 27 000 слів — це мало, але сусіди лишаються змістовними.</translation>
    </message>
    <message>
      <source>The 2 units of {layer} · {n} test samples</source>
      <translation>2 нейрони шару {layer} · тестових зразків: {n}</translation>
    </message>
    <message>
      <source>The LSTM counterpart of rnn-vs-lstm-memory: its cell state carries the first symbol through 80 steps, because the forget gate starts open (bias 5, f ≈ 0.99). Watch the forget gate stay near 1 in 'Gates over time'; set the forget-gate bias to 0 and reset to see the LSTM struggle too.</source>
      <translation>LSTM-аналог rnn-vs-lstm-memory: її стан комірки переносить перший символ через 80 кроків, бо вентиль забування спочатку відкритий (зсув 5, f ≈ 0.99). Стежте, як вентиль забування тримається близько 1 на панелі «Вентилі в часі»; задайте зсув вентиля забування 0 і скиньте, щоб побачити, що й LSTM не справляється.</translation>
    </message>
    <message>
      <source>The ONNX exporter</source>
      <translation>Експортер ONNX</translation>
    </message>
    <message>
      <source>The Pretraining panel: the pretext accuracy climbs from 12.5 % to about 45 % by step 300, then the stage switches to fine-tuning with labels. Then compare the test accuracy of the three variants.</source>
      <translation>Панель «Попереднє навчання»: точність допоміжної задачі до кроку 300 зростає з 12.5 % приблизно до 45 %, потім етап перемикається на донавчання з мітками. Далі порівняйте точність на тесті трьох варіантів.</translation>
    </message>
    <message>
      <source>The RBM being trained; once the pretraining is over, the first RBM of the stack as backprop tunes it</source>
      <translation>RBM, що навчається зараз; після завершення попереднього навчання — перша RBM стеку, яку налаштовує зворотне поширення помилки</translation>
    </message>
    <message>
      <source>The RBM whose curves are drawn: the one contrastive divergence trains now</source>
      <translation>RBM, криві якої показано: та, яку зараз навчає контрастивна дивергенція</translation>
    </message>
    <message>
      <source>The Zeros cell stays one flat colour with empty gradient bars; the too-large one draws a ragged boundary; Glorot and He find the circle.</source>
      <translation>Клітинка «Нулі» лишається одного рівного кольору з порожніми стовпчиками градієнтів; клітинка «Надто великі» малює рвану межу; Glorot і He знаходять коло.</translation>
    </message>
    <message>
      <source>The adding problem (Hochreiter &amp; Schmidhuber, 1997), generated</source>
      <translation>Задача додавання (Hochreiter &amp; Schmidhuber, 1997), згенерована</translation>
    </message>
    <message>
      <source>The adding problem (sum of the two marked values among 20) learnt by an LSTM with peephole connections and by the same LSTM without them, side by side from the same starting weights.</source>
      <translation>Задача додавання (сума двох позначених значень серед 20), яку поруч вивчають LSTM із з’єднаннями-вічками і та сама LSTM без них, з однакових початкових ваг.</translation>
    </message>
    <message>
      <source>The baseline learns the training points perfectly (training loss under 0.01) but ends with a test loss above 0.4; L1, L2, dropout and early stopping all end with a lower test loss.</source>
      <translation>Базовий варіант ідеально вивчає навчальні точки (втрати на навчанні нижче 0.01), але завершує з втратами на тесті понад 0.4; L1, L2, дропаут і рання зупинка завершують із меншими втратами на тесті.</translation>
    </message>
    <message>
      <source>The baseline's training loss falls to zero while its test loss climbs back up; the cures keep the test loss lower and the boundary smoother.</source>
      <translation>Втрати базового варіанта на навчанні падають до нуля, а втрати на тесті знову зростають; засоби від перенавчання утримують втрати на тесті нижчими, а межу — плавнішою.</translation>
    </message>
    <message>
      <source>The boundaries in the grid: the top row stays a straight cut, the bottom right follows both arms. The bars under each picture are the gradient norms per layer.</source>
      <translation>Межі в сітці: верхній ряд лишається прямим розрізом, нижня права клітинка йде за обома рукавами. Стовпчики під кожним зображенням — норми градієнтів по шарах.</translation>
    </message>
    <message>
      <source>The boundary bends into a cross that follows the axes, and the loss curve drops steeply in the first hundred steps.</source>
      <translation>Межа вигинається в хрест уздовж осей, а крива втрат круто падає в перші сто кроків.</translation>
    </message>
    <message>
      <source>The boundary first splits the plane roughly in half, then grows arms that follow the spirals outwards.</source>
      <translation>Межа спершу ділить площину приблизно навпіл, потім відрощує рукави, що йдуть уздовж спіралей назовні.</translation>
    </message>
    <message>
      <source>The boundary line keeps jumping around and the accuracy curve never settles: each correction only moves the errors elsewhere.</source>
      <translation>Межа постійно стрибає, а крива точності ніяк не стабілізується: кожне виправлення лише переносить помилки в інше місце.</translation>
    </message>
    <message>
      <source>The boundary line settles between the bottom-left cluster and the other three; compare its position with the AND lesson's.</source>
      <translation>Межа встановлюється між нижнім лівим кластером і трьома іншими; порівняйте її положення з уроком про AND.</translation>
    </message>
    <message>
      <source>The bundled data file {file} does not hold {shape} images: reinstall.</source>
      <translation>Вбудований файл даних {file} не містить зображень {shape}: перевстановіть програму.</translation>
    </message>
    <message>
      <source>The bundled data file {file} is missing or damaged ({e}): reinstall NN Playground.</source>
      <translation>Вбудований файл даних {file} відсутній або пошкоджений ({e}): перевстановіть NN Playground.</translation>
    </message>
    <message>
      <source>The bundled text {file} is missing or damaged ({e}): reinstall NN Playground.</source>
      <translation>Вбудований текст {file} відсутній або пошкоджений ({e}): перевстановіть NN Playground.</translation>
    </message>
    <message>
      <source>The chosen test sample</source>
      <translation>Вибраний тестовий зразок</translation>
    </message>
    <message>
      <source>The class folder '{name}' in {folder} has no images (png, jpg, bmp or gif files directly inside it): add images or remove the folder.</source>
      <translation>Тека класу '{name}' у {folder} не містить зображень (файлів png, jpg, bmp чи gif безпосередньо в ній): додайте зображення або видаліть теку.</translation>
    </message>
    <message>
      <source>The classes found in the target column of your table, in the order of the network's outputs.</source>
      <translation>Класи, знайдені в цільовому стовпці вашої таблиці, у порядку виходів мережі.</translation>
    </message>
    <message>
      <source>The clipboard does not hold NN Playground layers.</source>
      <translation>Буфер обміну не містить шарів NN Playground.</translation>
    </message>
    <message>
      <source>The closest words to this one and their cosine similarity</source>
      <translation>Найближчі до цього слова та їхня косинусна подібність</translation>
    </message>
    <message>
      <source>The code of each test sample, coloured by its class</source>
      <translation>Код кожного тестового зразка, розфарбований за його класом</translation>
    </message>
    <message>
      <source>The colour of each class; every dot is one test sample</source>
      <translation>Колір кожного класу; кожна точка — один тестовий зразок</translation>
    </message>
    <message>
      <source>The colour scale shared by every tile: white is 0, full colour is ± the largest value</source>
      <translation>Колірна шкала, спільна для всіх плиток: білий — 0, повний колір — ± найбільше значення</translation>
    </message>
    <message>
      <source>The column of the CSV file the network predicts.</source>
      <translation>Стовпець файлу CSV, який передбачає мережа.</translation>
    </message>
    <message>
      <source>The column the network learns to predict</source>
      <translation>Стовпець, який мережа вчиться передбачати</translation>
    </message>
    <message>
      <source>The column {target} cannot be both the target and a feature.</source>
      <translation>Стовпець {target} не може бути водночас цільовим і ознакою.</translation>
    </message>
    <message>
      <source>The columns fed to the network, one input each (only numbers can be used)</source>
      <translation>Стовпці, що подаються в мережу, по одному входу на кожен (можна використовувати лише числа)</translation>
    </message>
    <message>
      <source>The confusion matrix is drawn for multi-class classifiers: set the Output task to multi-class</source>
      <translation>Матриця помилок будується для багатокласових класифікаторів: задайте для виходу задачу багатокласової класифікації</translation>
    </message>
    <message>
      <source>The data cannot be loaded: {error}</source>
      <translation>Не вдається завантажити дані: {error}</translation>
    </message>
    <message>
      <source>The data: training points filled, test points outlined</source>
      <translation>Дані: навчальні точки зафарбовані, тестові — лише контур</translation>
    </message>
    <message>
      <source>The dense counterpart of cnn-digits with about as many weights (11 thousand): it sees the image as 784 unrelated numbers, not as neighbouring pixels, and ends several points of accuracy lower.</source>
      <translation>Повнозв’язний аналог cnn-digits із приблизно такою ж кількістю ваг (11 тисяч): він бачить зображення як 784 не пов’язані між собою числа, а не як сусідні пікселі, і закінчує з точністю на кілька пунктів нижчою.</translation>
    </message>
    <message>
      <source>The design cannot train yet: {problem}</source>
      <translation>Схему ще не можна навчати: {problem}</translation>
    </message>
    <message>
      <source>The design changed since this run started: reset the run to train the new design (or choose "Keep training the old network") before saving it.</source>
      <translation>Схема змінилася після початку цього запуску: скиньте запуск, щоб навчати нову схему (або виберіть «Продовжити навчання старої мережі»), перш ніж зберігати його.</translation>
    </message>
    <message>
      <source>The design changed since this run started: the plots show the network trained before the edit. Reset the run to apply the change?</source>
      <translation>Схема змінилася від початку цього запуску: графіки показують мережу, навчену до редагування. Скинути запуск, щоб застосувати зміну?</translation>
    </message>
    <message>
      <source>The design changed: the plots show the network trained before the edit</source>
      <translation>Схему змінено: графіки показують мережу, навчену до редагування</translation>
    </message>
    <message>
      <source>The design is valid: every layer has a shape</source>
      <translation>Схема коректна: кожен шар має форму</translation>
    </message>
    <message>
      <source>The discriminator's verdict P(real): 1 (green) real-looking, 0 (purple) fake-looking</source>
      <translation>Вердикт дискримінатора P(справжній): 1 (зелений) — схоже на справжнє, 0 (фіолетовий) — схоже на фальшиве</translation>
    </message>
    <message>
      <source>The distributive hypothesis: words that occur in the same contexts have similar meanings. word2vec turns it into an objective. For every word u of the text and every word w within ±h words of it, skip-gram with negative sampling maximises ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) over k random noise words v, drawn with probability ∝ count^0.75: the vector x_u of the centre word moves towards the context vectors of its real neighbours and away from those of random words. The Embedding's weight is the table of word vectors x_w; very frequent words (the, and) are randomly skipped, as Mikolov proposed. Words used in similar places end up pointing in similar directions, so their cosine similarity is high.</source>
      <translation>Дистрибутивна гіпотеза: слова, що трапляються в однакових контекстах, мають схожі значення. word2vec перетворює її на цільову функцію. Для кожного слова u тексту і кожного слова w у межах ±h слів від нього skip-gram із негативним семплюванням максимізує ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) за k випадковими шумовими словами v, вибраними з імовірністю ∝ count^0.75: вектор x_u центрального слова рухається до контекстних векторів його справжніх сусідів і від векторів випадкових слів. Вага шару Embedding — це таблиця векторів слів x_w; дуже часті слова (the, and) випадково пропускаються, як запропонував Міколов. Слова, вжиті в схожих місцях, зрештою вказують у схожих напрямках, тож їхня косинусна подібність висока.</translation>
    </message>
    <message>
      <source>The dropped item is not a layer from the palette.</source>
      <translation>Перетягнутий елемент не є шаром із палітри.</translation>
    </message>
    <message>
      <source>The energy distance between generated and real points falls from about 0.32 to under 0.05 within 500 steps.</source>
      <translation>Енергетична відстань між згенерованими і справжніми точками падає приблизно з 0.32 до менш ніж 0.05 за 500 кроків.</translation>
    </message>
    <message>
      <source>The energy distance rises from about 0.3 to more than 1 within 500 steps (gan-ring falls below 0.05 in the same time).</source>
      <translation>Енергетична відстань зростає приблизно з 0.3 до понад 1 за 500 кроків (у gan-ring за той самий час вона падає нижче 0.05).</translation>
    </message>
    <message>
      <source>The first layer ({layer}) gets no gradient at all: the units after it may all be dead.</source>
      <translation>Перший шар ({layer}) зовсім не отримує градієнта: нейрони після нього, можливо, усі мертві.</translation>
    </message>
    <message>
      <source>The first rows of the file</source>
      <translation>Перші рядки файлу</translation>
    </message>
    <message>
      <source>The first rows of your table: the feature columns, then the target</source>
      <translation>Перші рядки вашої таблиці: стовпці ознак, потім ціль</translation>
    </message>
    <message>
      <source>The first step shows one of the symbols A, B, C…, every later step a random distractor: the class is the first symbol, so the network must carry it through the whole sequence.</source>
      <translation>Перший крок показує один із символів A, B, C…, кожен наступний — випадковий відволікальний символ: клас — це перший символ, тож мережа має пронести його через усю послідовність.</translation>
    </message>
    <message>
      <source>The first test samples with the predicted class (red: wrong, true→predicted); click one to show its feature maps</source>
      <translation>Перші тестові зразки з передбаченим класом (червоний — помилка, справжній→передбачений); клацніть на зразок, щоб показати його карти ознак</translation>
    </message>
    <message>
      <source>The first training images of each class, one row per class</source>
      <translation>Перші навчальні зображення кожного класу, по рядку на клас</translation>
    </message>
    <message>
      <source>The first training sequences, one per row, along time (step 1 at the left)</source>
      <translation>Перші навчальні послідовності, по одній на рядок, у часі (крок 1 ліворуч)</translation>
    </message>
    <message>
      <source>The first training sequences, one per row: the symbols the network reads in order</source>
      <translation>Перші навчальні послідовності, по одній на рядок: символи, які мережа читає по черзі</translation>
    </message>
    <message>
      <source>The folder {name}</source>
      <translation>Тека {name}</translation>
    </message>
    <message>
      <source>The folder {name} holds images but no class folders: put the images of each class into a sub-folder named after the class (e.g. {name}/cat, {name}/dog).</source>
      <translation>Тека {name} містить зображення, але не теки класів: покладіть зображення кожного класу в підтеку з назвою класу (напр. {name}/коти, {name}/собаки).</translation>
    </message>
    <message>
      <source>The folder {name} is empty: it needs one sub-folder of images per class.</source>
      <translation>Тека {name} порожня: у ній має бути по одній підтеці із зображеннями на кожен клас.</translation>
    </message>
    <message>
      <source>The function applied element-wise.</source>
      <translation>Функція, що застосовується поелементно.</translation>
    </message>
    <message>
      <source>The function of the recurrence h_t = f(W_xh·x_t + W_hh·h_{t−1} + b).</source>
      <translation>Функція рекурентного переходу h_t = f(W_xh·x_t + W_hh·h_{t−1} + b).</translation>
    </message>
    <message>
      <source>The gan-ring GAN with a classifier's step sizes: learning rate 0.03 and Adam's default momentum β1 = 0.9 (gan-ring uses 0.005 and 0.5). The generator overshoots towards whatever D currently calls real, so the fakes gather into one blob that D chases across the plane until every noise vector gives the same point: mode collapse (the generator's ReLUs die too, see the activations). Set lr 0.005 and β1 0.5, press Reset, and compare.</source>
      <translation>GAN gan-ring із розмірами кроків, як у класифікатора: швидкість навчання 0.03 та стандартний імпульс Adam β1 = 0.9 (gan-ring використовує 0.005 і 0.5). Генератор проскакує в бік того, що D зараз вважає справжнім, тож підробки збираються в одну хмару, за якою D ганяється по площині, доки кожен вектор шуму не даватиме ту саму точку: колапс мод (ReLU генератора теж відмирають, див. активації). Встановіть швидкість навчання 0.005 і β1 0.5, натисніть «Скинути» й порівняйте.</translation>
    </message>
    <message>
      <source>The generated points clump together and the clump moves across the plane as the discriminator chases it, instead of covering the ring; the energy distance grows instead of falling.</source>
      <translation>Згенеровані точки збиваються в купу, і ця купа рухається площиною, поки дискримінатор її переслідує, замість того щоб покрити кільце; енергетична відстань зростає замість того, щоб падати.</translation>
    </message>
    <message>
      <source>The generated points spread from one cloud over all eight blobs; the energy distance falls and D's verdicts on real and fake points settle near 0.5.</source>
      <translation>Згенеровані точки розходяться від однієї хмари по всіх восьми плямах; енергетична відстань падає, а вердикти D щодо справжніх і фальшивих точок встановлюються близько 0.5.</translation>
    </message>
    <message>
      <source>The generator's end: a fake sample G(z). During training it goes to the discriminator's Input next to the real samples; the discriminator learns to tell them apart.</source>
      <translation>Кінець генератора: фальшивий зразок G(z). Під час навчання він іде на вхід дискримінатора поряд зі справжніми зразками; дискримінатор вчиться їх розрізняти.</translation>
    </message>
    <message>
      <source>The gradient bars under each picture: the plain sigmoid's first bars are tiny (vanishing), the three cures keep them level. Then the boundaries and the loss curves.</source>
      <translation>Стовпчики градієнтів під кожним зображенням: у звичайної сигмоїди перші стовпчики крихітні (згасання), а три засоби тримають їх на одному рівні. Потім — межі рішень і криві втрат.</translation>
    </message>
    <message>
      <source>The gradient norms sit at the clipping limit at first, then fall below it as the forecast improves. Set gradient clipping to 0 and press Reset: the loss becomes NaN within a few steps.</source>
      <translation>Норми градієнтів спершу тримаються на межі обрізання, потім опускаються нижче неї, коли прогноз покращується. Встановіть обрізання градієнтів на 0 і натисніть «Скинути»: за кілька кроків втрати стануть NaN.</translation>
    </message>
    <message>
      <source>The gradient through time appears after the first training step</source>
      <translation>Градієнт у часі з’являється після першого кроку навчання</translation>
    </message>
    <message>
      <source>The gradient-through-time panel shows the gradient shrinking by orders of magnitude towards the first step; accuracy stays at guessing.</source>
      <translation>Панель градієнта в часі показує, як градієнт зменшується на порядки в напрямку першого кроку; точність залишається на рівні вгадування.</translation>
    </message>
    <message>
      <source>The head reaches at least 90% test accuracy on the circle by naming the triangle 111 in the middle as the disc.</source>
      <translation>Вихідна частина досягає щонайменше 90% точності на тесті на колі, відносячи трикутник 111 посередині до диска.</translation>
    </message>
    <message>
      <source>The images differ in size: {first} is {w0}×{h0} pixels but {rel} is {w1}×{h1}: resize them all to one size.</source>
      <translation>Зображення мають різний розмір: {first} має {w0}×{h0} пікселів, а {rel} — {w1}×{h1}: приведіть їх усі до одного розміру.</translation>
    </message>
    <message>
      <source>The input plane coloured by region; each label is the units' outputs, unit 1 first</source>
      <translation>Площина входів, розфарбована за областями; кожен підпис — виходи нейронів, починаючи з нейрона 1</translation>
    </message>
    <message>
      <source>The keys (and presentation-remote buttons) that drive training</source>
      <translation>Клавіші (і кнопки пульта для презентацій), що керують навчанням</translation>
    </message>
    <message>
      <source>The last layer ({layer}) gets no gradient: the units feeding it may all be dead.</source>
      <translation>Останній шар ({layer}) не отримує градієнта: нейрони, що його живлять, можливо, усі мертві.</translation>
    </message>
    <message>
      <source>The latest loss and accuracy on the whole train and test sets</source>
      <translation>Останні втрати й точність на всій навчальній і тестовій вибірках</translation>
    </message>
    <message>
      <source>The layer's name: unique in the design, used in the exported code</source>
      <translation>Назва шару: унікальна в схемі, використовується в експортованому коді</translation>
    </message>
    <message>
      <source>The lecture's LSTM variant with peepholes lets the gates look at the cell state: the forget and input gates see the old state C_{t−1}, the output gate the new C_t (here through one weight per cell unit and gate, as Gers and Schmidhuber proposed; switch it with the LSTM's Peepholes option). The task is the adding problem: 20 values, two of them marked, and the answer is their sum, so the cell has to store the first marked value until the end. Both networks start from the same weights (the peephole weights start at zero, so at first they are the same network) and learn side by side. On this task the peepholes make no reliable difference: over six seeds the peephole LSTM was usually a little ahead after 500 steps and once clearly behind. They cost time: torch has no fused peephole layer, so its steps run one at a time, about five times slower (here roughly 100 against 480 training steps per second on one core).</source>
      <translation>Варіант LSTM із вічками з лекції дає вентилям дивитися на стан комірки: вентилі забування і входу бачать старий стан C_{t−1}, вихідний вентиль — новий C_t (тут через одну вагу на кожен нейрон комірки й кожен вентиль, як запропонували Ґерс і Шмідгубер; вмикається параметром «Вічка (peephole)» шару LSTM). Задача — задача додавання: 20 значень, два з них позначені, а відповідь — їхня сума, тож комірка має зберігати перше позначене значення до кінця. Обидві мережі стартують з однакових ваг (ваги вічок починаються з нуля, тож спершу це та сама мережа) і навчаються поруч. На цій задачі вічка не дають надійної різниці: на шести різних початкових значеннях (seed) LSTM із вічками після 500 кроків здебільшого трохи випереджала, а один раз помітно відставала. Вони коштують часу: у torch немає злитого шару з вічками, тож його кроки виконуються по одному, приблизно вп’ятеро повільніше (тут приблизно 100 проти 480 кроків навчання за секунду на одному ядрі).</translation>
    </message>
    <message>
      <source>The loss curves: SGD and AdaGrad lag far behind; the momentum methods and the adaptive ones race down. Changing the learning rate while it plays reaches the editor's design (SGD) only.</source>
      <translation>Криві втрат: SGD і AdaGrad значно відстають; методи з імпульсом і адаптивні методи стрімко спускаються. Зміна швидкості навчання під час роботи стосується лише схеми в редакторі (SGD).</translation>
    </message>
    <message>
      <source>The loss on clean test digits falls from about 0.23 to about 0.02 within 400 steps.</source>
      <translation>Втрати на чистих тестових цифрах падають приблизно з 0.23 до 0.02 за 400 кроків.</translation>
    </message>
    <message>
      <source>The loss stays at about 0.69 (ln 2, a coin toss) and accuracy near 50%, while the first layer's gradient is more than ten thousand times smaller than the last layer's.</source>
      <translation>Втрати тримаються близько 0.69 (ln 2, підкидання монети), а точність — близько 50%, тоді як градієнт першого шару більш ніж у десять тисяч разів менший, ніж градієнт останнього.</translation>
    </message>
    <message>
      <source>The loss surface the optimizers descend</source>
      <translation>Поверхня втрат, по якій спускаються оптимізатори</translation>
    </message>
    <message>
      <source>The model could not be exported: {error}</source>
      <translation>Не вдалося експортувати модель: {error}</translation>
    </message>
    <message>
      <source>The network sees the centre patch and one neighbour, and must say where the neighbour was cut from. Here the neighbour sits in its true place; the frame marks the network's guess.</source>
      <translation>Мережа бачить центральний фрагмент і одного сусіда й має сказати, звідки сусіда вирізано. Тут сусід стоїть на своєму справжньому місці; рамка позначає здогадку мережі.</translation>
    </message>
    <message>
      <source>The network's head: says what the outputs mean (task) and how errors are measured (loss).</source>
      <translation>«Голова» мережі: визначає, що означають виходи (задача) і як вимірюються помилки (функція втрат).</translation>
    </message>
    <message>
      <source>The neuron fires (outputs 1) when the weighted sum of its inputs is at least θ: with weights 1, 1, θ = 2 gives AND and θ = 1 gives OR.</source>
      <translation>Нейрон спрацьовує (видає 1), коли зважена сума його входів не менша за θ: за ваг 1, 1 θ = 2 дає AND, а θ = 1 дає OR.</translation>
    </message>
    <message>
      <source>The next test sample</source>
      <translation>Наступний тестовий зразок</translation>
    </message>
    <message>
      <source>The next test sequence</source>
      <translation>Наступна тестова послідовність</translation>
    </message>
    <message>
      <source>The numeric columns of the CSV file fed to the network, one input each.</source>
      <translation>Числові стовпці файлу CSV, що подаються в мережу, по одному входу на кожен.</translation>
    </message>
    <message>
      <source>The opposite of vanishing: this ReLU RNN starts with recurrent weights of gain 2, so backpropagation through 30 steps can multiply the gradient by up to 2 at each step. One such step would throw the weights far away. Gradient clipping rescales the whole gradient whenever its norm exceeds 1, keeping its direction and bounding its size, and the network learns to forecast the wave.</source>
      <translation>Протилежність згасанню: ця RNN із ReLU стартує з рекурентними вагами з підсиленням 2, тож зворотне поширення через 30 кроків може множити градієнт до 2 разів на кожному кроці. Один такий крок відкинув би ваги дуже далеко. Обрізання градієнтів перемасштабовує весь градієнт, щойно його норма перевищує 1, зберігаючи напрямок і обмежуючи величину, і мережа вчиться прогнозувати хвилю.</translation>
    </message>
    <message>
      <source>The optimizer's colour and the loss where its path has got to; a path that leaves the view had too large a learning rate and stops there</source>
      <translation>Колір оптимізатора та втрати в точці, куди дійшла його траєкторія; траєкторія, що виходить за межі огляду, мала завелику швидкість навчання і там зупиняється</translation>
    </message>
    <message>
      <source>The output range the colours span for this layer</source>
      <translation>Діапазон виходів, який охоплюють кольори для цього шару</translation>
    </message>
    <message>
      <source>The paths could not be computed: {error}</source>
      <translation>Не вдалося обчислити траєкторії: {error}</translation>
    </message>
    <message>
      <source>The plain sigmoid's first layer gets less than 1/1000 of the last layer's gradient and stays near chance (under 75% on the test set); each cure keeps the ratio above 1/20; ReLU + He and the skips pass 90% on the test set, BatchNorm (whose loss jumps from batch to batch) 80%.</source>
      <translation>Перший шар звичайної сигмоїдної мережі отримує менше ніж 1/1000 градієнта останнього шару, і мережа лишається на рівні випадкового вгадування (менше 75% на тестовій вибірці); кожен засіб тримає це відношення вище 1/20; ReLU + He та обхідні з’єднання перевищують 90% на тестовій вибірці, BatchNorm (чиї втрати стрибають від пакета до пакета) — 80%.</translation>
    </message>
    <message>
      <source>The plots could not be saved in {folder}: {reason}</source>
      <translation>Не вдалося зберегти графіки в {folder}: {reason}</translation>
    </message>
    <message>
      <source>The plots show the past: training goes on from the newest step</source>
      <translation>Графіки показують минуле: навчання продовжується з найновішого кроку</translation>
    </message>
    <message>
      <source>The pretrained weights file {path} does not exist: choose another file under Start from weights, or clear it for a random start</source>
      <translation>Файл попередньо навчених ваг {path} не існує: виберіть інший файл у полі «Старт із ваг» або очистьте його для випадкового старту</translation>
    </message>
    <message>
      <source>The previous test sample</source>
      <translation>Попередній тестовий зразок</translation>
    </message>
    <message>
      <source>The previous test sequence</source>
      <translation>Попередня тестова послідовність</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; '{name}' branches into {n} layers.</source>
      <translation>Швидкий конструктор редагує простий стек Вхід → Dense → Активація → … → Dense → Вихід; '{name}' розгалужується на шари (кількість: {n}).</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; '{name}' merges several inputs.</source>
      <translation>Швидкий конструктор редагує простий стек Вхід → Dense → Активація → … → Dense → Вихід; '{name}' об’єднує кілька входів.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; some layers are not on the path from the Input.</source>
      <translation>Швидкий конструктор редагує простий стек Вхід → Dense → Активація → … → Dense → Вихід; деякі шари не лежать на шляху від входу.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; this design has {n} Input layers.</source>
      <translation>Швидкий конструктор редагує простий стек Вхід → Dense → Активація → … → Dense → Вихід; у цій схемі вхідних шарів: {n}.</translation>
    </message>
    <message>
      <source>The quick builder edits a plain stack Input → Dense → Activation → … → Dense → Output; this design is {found}.</source>
      <translation>Швидкий конструктор редагує простий стек Вхід → Dense → Активація → … → Dense → Вихід; ця схема — {found}.</translation>
    </message>
    <message>
      <source>The race so far and the surface's lesson</source>
      <translation>Перебіг перегонів і урок цієї поверхні</translation>
    </message>
    <message>
      <source>The reconstruction loss falls from about 0.23 to about 0.05 within 400 steps.</source>
      <translation>Втрати реконструкції падають приблизно з 0.23 до 0.05 за 400 кроків.</translation>
    </message>
    <message>
      <source>The reconstruction loss falls from about 0.23 to under 0.1 within 400 steps.</source>
      <translation>Втрати реконструкції падають приблизно з 0.23 до менш ніж 0.1 за 400 кроків.</translation>
    </message>
    <message>
      <source>The regions need step units: Threshold neurons or a step activation</source>
      <translation>Для областей потрібні порогові нейрони: нейрони Threshold або порогова функція активації</translation>
    </message>
    <message>
      <source>The regions panel: seven coloured regions, each labelled with its code (which units fire), and the caption comparing them with a tree's four leaves; the neurons panel shows each unit's line.</source>
      <translation>Панель «Області»: сім кольорових областей, кожна підписана своїм кодом (які нейрони спрацьовують), і підпис, що порівнює їх із чотирма листками дерева; панель «Нейрони» показує пряму кожного нейрона.</translation>
    </message>
    <message>
      <source>The reverse of a strided convolution: spreads each pixel over a kernel-sized patch, so a decoder can grow a small code back into an image. Output side: (H − 1)·stride − 2·padding + kernel + output padding.</source>
      <translation>Обернена до згортки з кроком: розподіляє кожен піксель на ділянку розміром з ядро, тож декодер може знову виростити з малого коду зображення. Сторона виходу: (H − 1)·stride − 2·padding + kernel + output padding.</translation>
    </message>
    <message>
      <source>The run could not be saved: {error}</source>
      <translation>Не вдалося зберегти запуск: {error}</translation>
    </message>
    <message>
      <source>The same Dense layer applied to every time step (TimeDistributed): time×features → time×units. Put it after a recurrent layer that returns sequences for a many-to-many output.</source>
      <translation>Той самий шар Dense, застосований до кожного часового кроку (TimeDistributed): час×ознаки → час×нейрони. Поставте його після рекурентного шару, що повертає послідовності, для виходу «багато до багатьох».</translation>
    </message>
    <message>
      <source>The same GAN with a classifier's step sizes: learning rate 0.03 and β1 = 0.9. The generator overshoots towards whatever the discriminator currently calls real, and its points gather into a single blob that the discriminator chases across the plane: mode collapse. The generator then produces the same point whatever noise it gets, and the game never settles.</source>
      <translation>Та сама GAN із розмірами кроків класифікатора: швидкість навчання 0.03 і β1 = 0.9. Генератор проскакує до того, що дискримінатор зараз вважає справжнім, і його точки збираються в одну пляму, яку дискримінатор ганяє площиною: колапс мод. Тоді генератор видає ту саму точку, хоч який шум отримує, і гра ніколи не врівноважується.</translation>
    </message>
    <message>
      <source>The same depth with ReLU and He initialisation: gradients reach the first layer at a healthy size.</source>
      <translation>Та сама глибина з ReLU та ініціалізацією He: градієнти доходять до першого шару нормальної величини.</translation>
    </message>
    <message>
      <source>The same eight-layer network four times. Plain sigmoid layers multiply the gradient by at most 0.25 per layer, so almost nothing reaches the first layers. ReLU with He initialisation keeps the slope at 1; BatchNorm keeps every sigmoid in its steep middle; skip connections (Add) give the gradient a path around each layer.</source>
      <translation>Та сама восьмишарова мережа чотири рази. Звичайні сигмоїдні шари множать градієнт щонайбільше на 0.25 на кожному шарі, тож до перших шарів майже нічого не доходить. ReLU з ініціалізацією He тримає нахил рівним 1; BatchNorm утримує кожну сигмоїду в її крутій середній частині; обхідні з’єднання (Add) дають градієнту шлях в обхід кожного шару.</translation>
    </message>
    <message>
      <source>The same memory task with an LSTM of the same size. The LSTM's cell state is updated by addition, and its forget gate decides how much of it to keep at each step. Starting with the forget gate open (bias 5), the cell passes the first symbol, and its gradient, through all 80 steps almost unchanged.</source>
      <translation>Та сама задача на пам’ять з LSTM того ж розміру. Стан комірки LSTM оновлюється додаванням, а вентиль забування вирішує, скільки його зберегти на кожному кроці. Якщо вентиль забування спочатку відкритий (зсув 5), комірка проносить перший символ і його градієнт через усі 80 кроків майже без змін.</translation>
    </message>
    <message>
      <source>The same single step neuron on OR: class 1 wherever at least one input is positive, so only the bottom-left cluster is class 0. OR is linearly separable too, and the perceptron rule finds a separating line just as quickly. The weights it ends with differ from AND's mainly in the bias: the threshold moves, the line's direction stays similar. Open the AND lesson afterwards and compare the two lines.</source>
      <translation>Той самий одиночний пороговий нейрон на OR: клас 1 усюди, де хоча б один вхід додатний, тож лише нижній лівий кластер має клас 0. OR теж лінійно роздільний, і правило перцептрона так само швидко знаходить розділяльну пряму. Кінцеві ваги відрізняються від ваг для AND переважно зсувом: поріг зміщується, а напрямок прямої лишається схожим. Потім відкрийте урок про AND і порівняйте дві прямі.</translation>
    </message>
    <message>
      <source>The same tanh network started four ways: Glorot, all zeros, far too large, and He with ReLU.</source>
      <translation>Та сама мережа tanh, запущена чотирма способами: Glorot, усі нулі, надто великі ваги та He з ReLU.</translation>
    </message>
    <message>
      <source>The same ten-layer depth with ReLU units and He initialisation. ReLU's slope is 1 wherever a unit is active, and He initialisation scales the weights by the square root of 2 over the number of inputs so that the signal keeps its size going forwards and the gradient keeps its size going backwards. Every layer now learns, and the deep network solves the circle that the sigmoid network could not.</source>
      <translation>Та сама глибина в десять шарів із нейронами ReLU та ініціалізацією He. Нахил ReLU дорівнює 1 усюди, де нейрон активний, а ініціалізація He масштабує ваги на корінь із 2, поділених на кількість входів, щоб сигнал зберігав величину при прямому проході, а градієнт — при зворотному. Тепер навчається кожен шар, і глибока мережа розв’язує задачу кола, з якою не впоралася мережа із сигмоїдою.</translation>
    </message>
    <message>
      <source>The sample's true class</source>
      <translation>Справжній клас зразка</translation>
    </message>
    <message>
      <source>The shown sequence in words: what the network should answer and what it answered</source>
      <translation>Показана послідовність словами: що мережа мала відповісти і що вона відповіла</translation>
    </message>
    <message>
      <source>The single unit of {layer}, one row per class · {n} test samples</source>
      <translation>Єдиний нейрон шару {layer}, по рядку на клас · тестових зразків: {n}</translation>
    </message>
    <message>
      <source>The start of the text as word2vec reads it: lower-case words of the vocabulary only (rarer words are left out). Each word learns a vector from the words around it</source>
      <translation>Початок тексту так, як його читає word2vec: лише слова словника в нижньому регістрі (рідші слова пропущено). Кожне слово вивчає вектор за словами навколо нього</translation>
    </message>
    <message>
      <source>The state_dict and the project's design in one file; load it with torch.load(path, weights_only=True).</source>
      <translation>state_dict і схема проєкту в одному файлі; завантажте його за допомогою torch.load(path, weights_only=True).</translation>
    </message>
    <message>
      <source>The step and epoch on show</source>
      <translation>Показані крок і епоха</translation>
    </message>
    <message>
      <source>The straight boundary in the decision-boundary panel turns and shifts after each error until it cuts the top-right cluster off from the other three.</source>
      <translation>Пряма межа на панелі межі рішень повертається й зсувається після кожної помилки, доки не відокремить верхній правий кластер від трьох інших.</translation>
    </message>
    <message>
      <source>The target column {target} holds a single class ({names}): a classifier needs at least two.</source>
      <translation>Цільовий стовпець {target} містить лише один клас ({names}): класифікатору потрібно щонайменше два.</translation>
    </message>
    <message>
      <source>The target column {target} holds {count} different values, more than the {most} classes a network here can tell apart: predict it as values (regression) instead.</source>
      <translation>Цільовий стовпець {target} містить різних значень: {count} — більше, ніж класів, які тут може розрізнити мережа ({most}): прогнозуйте його як значення (регресія).</translation>
    </message>
    <message>
      <source>The target distribution you drew: real samples scatter around these points.</source>
      <translation>Намальований вами цільовий розподіл: справжні зразки розкидаються навколо цих точок.</translation>
    </message>
    <message>
      <source>The task: remember the first of 80 symbols; everything after it is noise. A plain tanh RNN has to carry the symbol through 80 multiplications by its recurrent weights, and backpropagation through time multiplies the gradient just as often on the way back, so the gradient from the answer to the first step vanishes. The network never finds out that the first symbol matters.</source>
      <translation>Задача: запам’ятати перший із 80 символів; усе після нього — шум. Звичайна RNN з tanh мусить пронести символ через 80 множень на рекурентні ваги, а зворотне поширення в часі так само часто множить градієнт на зворотному шляху, тож градієнт від відповіді до першого кроку згасає. Мережа так і не дізнається, що перший символ важливий.</translation>
    </message>
    <message>
      <source>The test accuracy of both variants in the first hundred steps, and the filters panel: the pretrained filters do not change, the scratch filters barely move away from noise.</source>
      <translation>Точність на тесті обох варіантів за перші сто кроків і панель фільтрів: попередньо навчені фільтри не змінюються, а фільтри, навчені з нуля, ледь відходять від шуму.</translation>
    </message>
    <message>
      <source>The test loss (mean squared error) falls below 0.005 within 100 steps.</source>
      <translation>Втрати на тесті (середньоквадратична помилка) падають нижче 0.005 за 100 кроків.</translation>
    </message>
    <message>
      <source>The text has {count} characters, too few for training and test windows of {steps} steps: set the sequence length to at most {most}.</source>
      <translation>Текст містить символів: {count} — замало для навчальних і тестових вікон довжиною {steps} кроків: задайте довжину послідовності не більше {most}.</translation>
    </message>
    <message>
      <source>The three hand-set neurons answer all four rows of XOR correctly (100% accuracy).</source>
      <translation>Три задані вручну нейрони правильно відповідають на всі чотири рядки XOR (100% точності).</translation>
    </message>
    <message>
      <source>The training device changes at the next Reset; this run stays where it is</source>
      <translation>Пристрій навчання зміниться після наступного скидання; цей запуск лишається там, де є</translation>
    </message>
    <message>
      <source>The training engine (torch) could not be loaded: {kind}: {error}</source>
      <translation>Не вдалося завантажити рушій навчання (torch): {kind}: {error}</translation>
    </message>
    <message>
      <source>The truth table of XOR (all rows green) and the regions panel: the two first-layer neurons are two parallel lines, and XOR's 1s lie in the band between them (code 11).</source>
      <translation>Таблиця істинності XOR (усі рядки зелені) і панель «Області»: два нейрони першого шару — дві паралельні прямі, а одиниці XOR лежать у смузі між ними (код 11).</translation>
    </message>
    <message>
      <source>The truth table of a logic gate: binary inputs 0 and 1, the target is the gate's output (choose the gate).</source>
      <translation>Таблиця істинності логічного вентиля: бінарні входи 0 і 1, ціль — вихід вентиля (виберіть вентиль).</translation>
    </message>
    <message>
      <source>The truth table: every combination of the two inputs, the neuron's answer and the gate's, green where they agree. It changes the moment you edit a weight or θ.</source>
      <translation>Таблиця істинності: кожна комбінація двох входів, відповідь нейрона й відповідь вентиля, зеленим — там, де вони збігаються. Вона змінюється, щойно ви змінюєте вагу або θ.</translation>
    </message>
    <message>
      <source>The two rows of the truth table: input 0 gives 1, input 1 gives 0.</source>
      <translation>Два рядки таблиці істинності: вхід 0 дає 1, вхід 1 дає 0.</translation>
    </message>
    <message>
      <source>The variant with the lowest test loss at the latest step</source>
      <translation>Варіант із найменшими втратами на тесті на останньому кроці</translation>
    </message>
    <message>
      <source>The weights in the safe, fast safetensors format; the design JSON travels in the file's metadata.</source>
      <translation>Ваги в безпечному й швидкому форматі safetensors; JSON схеми зберігається в метаданих файлу.</translation>
    </message>
    <message>
      <source>The whole computation with its weights, runnable without this app's code: torch.export.load(path).module(). Any batch size.</source>
      <translation>Усе обчислення разом із вагами, яке можна запустити без коду цієї програми: torch.export.load(path).module(). Будь-який розмір пакета.</translation>
    </message>
    <message>
      <source>The word vectors of a word2vec design with their words: a first line 'words dimension', then a word and its numbers per line. gensim reads it with KeyedVectors.load_word2vec_format(path).</source>
      <translation>Вектори слів схеми word2vec разом зі словами: перший рядок — «кількість слів і вимірність», далі в кожному рядку слово та його числа. gensim читає їх за допомогою KeyedVectors.load_word2vec_format(path).</translation>
    </message>
    <message>
      <source>The word vectors themselves (the lecture's formula)</source>
      <translation>Самі вектори слів (формула з лекції)</translation>
    </message>
    <message>
      <source>The word2vec objective (skip-gram with negative sampling): for a centre word u and a word w of its context, maximise ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) over k noise words v drawn with probability ∝ count^0.75. Words that share contexts end up with close vectors x_u (the Embedding's weight).</source>
      <translation>Цільова функція word2vec (skip-gram із негативним семплюванням): для центрального слова u і слова w з його контексту максимізувати ln σ⟨x′_w, x_u⟩ + Σ ln σ(−⟨x′_v, x_u⟩) за k шумовими словами v, вибраними з імовірністю ∝ count^0.75. Слова зі спільними контекстами отримують близькі вектори x_u (вага шару Embedding).</translation>
    </message>
    <message>
      <source>The {language} translation is missing; the app stays in English.</source>
      <translation>Переклад ({language}) відсутній; програма залишається англійською.</translation>
    </message>
    <message>
      <source>There is no hidden layer to remove: the stack is Input → Dense → Output.</source>
      <translation>Немає прихованого шару для видалення: стек — Вхід → Dense → Вихід.</translation>
    </message>
    <message>
      <source>There is no history yet: train a few steps first.</source>
      <translation>Історії ще немає: спершу виконайте кілька кроків навчання.</translation>
    </message>
    <message>
      <source>Thirty training points with much noise and a network of two layers of 64 units: it can learn every point by heart, noise included. L1 and L2 penalties keep the weights small, dropout switches random units off at every step, and early stopping goes back to the weights at the lowest test loss when it stops improving for 300 steps.</source>
      <translation>Тридцять навчальних точок із сильним шумом і мережа з двох шарів по 64 нейрони: вона може вивчити кожну точку напам’ять, разом із шумом. Штрафи L1 і L2 утримують ваги малими, дропаут на кожному кроці вимикає випадкові нейрони, а рання зупинка повертається до ваг із найменшими втратами на тесті, коли ті 300 кроків поспіль не покращуються.</translation>
    </message>
    <message>
      <source>This autoencoder has 64 code units, but a sparsity penalty, the KL divergence between a target activity ρ = 0.05 and each unit's mean activity, pushes most of them to stay quiet for any one digit. Each unit then specialises in a part of the digits: a sparse code, as found in the visual cortex.</source>
      <translation>Цей автокодувальник має 64 нейрони коду, але штраф за розрідженість — KL-дивергенція між цільовою активністю ρ = 0.05 і середньою активністю кожного нейрона — змушує більшість із них мовчати для будь-якої окремої цифри. Тоді кожен нейрон спеціалізується на частині цифр: розріджений код, як у зоровій корі.</translation>
    </message>
    <message>
      <source>This column holds text or empty cells: it cannot be a feature as it is</source>
      <translation>Цей стовпець містить текст або порожні клітинки: у такому вигляді він не може бути ознакою</translation>
    </message>
    <message>
      <source>Three McCulloch–Pitts neurons in two layers compute XOR, which no single neuron can: the first layer computes OR and NAND of the inputs, the second fires when both of them fire.</source>
      <translation>Три нейрони Мак-Каллока — Піттса у двох шарах обчислюють XOR, чого не може жоден окремий нейрон: перший шар обчислює OR і NAND входів, другий спрацьовує, коли спрацьовують обидва.</translation>
    </message>
    <message>
      <source>Three step units (hand-set McCulloch–Pitts neurons), each a line across the plane, split it into 7 regions; a dense head learns which regions hold the disc. A decision tree with three tests has only 4 leaves.</source>
      <translation>Три порогові нейрони (задані вручну нейрони Мак-Каллока — Піттса), кожен — пряма через площину, ділять її на 7 областей; повнозв’язна вихідна частина вчиться, які області містять диск. Дерево рішень із трьома перевірками має лише 4 листки.</translation>
    </message>
    <message>
      <source>Threshold θ</source>
      <translation>Поріг θ</translation>
    </message>
    <message>
      <source>Time steps in each sequence. Longer sequences make long-range dependencies harder to learn.</source>
      <translation>Часові кроки в кожній послідовності. На довших послідовностях далекі залежності вивчати важче.</translation>
    </message>
    <message>
      <source>Too large (σ = 4)</source>
      <translation>Надто великі (σ = 4)</translation>
    </message>
    <message>
      <source>Topic: {topic}</source>
      <translation>Тема: {topic}</translation>
    </message>
    <message>
      <source>Traditional English nursery rhymes (public domain)</source>
      <translation>Традиційні англійські дитячі віршики (суспільне надбання)</translation>
    </message>
    <message>
      <source>Train</source>
      <translation>Навчання</translation>
    </message>
    <message>
      <source>Train continuously (Space)</source>
      <translation>Навчати безперервно (Space)</translation>
    </message>
    <message>
      <source>Train on an NVIDIA graphics card (CUDA): faster for image and sequence models, often slower for small 2D networks</source>
      <translation>Навчати на відеокарті NVIDIA (CUDA): швидше для моделей зображень і послідовностей, часто повільніше для малих 2D-мереж</translation>
    </message>
    <message>
      <source>Train on one batch, then stop</source>
      <translation>Навчити на одному пакеті й зупинитися</translation>
    </message>
    <message>
      <source>Train on the graphics processor of a Mac with Apple silicon (Metal Performance Shaders)</source>
      <translation>Навчати на графічному процесорі Mac з процесором Apple (Metal Performance Shaders)</translation>
    </message>
    <message>
      <source>Train one epoch (every training point once), then stop (Shift+Space)</source>
      <translation>Навчити одну епоху (кожна навчальна точка один раз), потім зупинитися (Shift+Space)</translation>
    </message>
    <message>
      <source>Train only the design in the editor again (the frozen copies are dropped; Undo brings them back)</source>
      <translation>Знову навчати лише схему в редакторі (заморожені копії відкидаються; «Скасувати» повертає їх)</translation>
    </message>
    <message>
      <source>Train ratio</source>
      <translation>Частка для навчання</translation>
    </message>
    <message>
      <source>Trained &amp;Model</source>
      <translation>Навчена &amp;модель</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Навчання</translation>
    </message>
    <message>
      <source>Training device: {device}</source>
      <translation>Пристрій навчання: {device}</translation>
    </message>
    <message>
      <source>Training history</source>
      <translation>Історія навчання</translation>
    </message>
    <message>
      <source>Training images per class</source>
      <translation>Навчальні зображення на клас</translation>
    </message>
    <message>
      <source>Training loss</source>
      <translation>Втрати на навчанні</translation>
    </message>
    <message>
      <source>Training speed: slow motion (2 steps per second) for a lecture, up to as fast as possible</source>
      <translation>Швидкість навчання: уповільнено (2 кроки за секунду) для лекції — аж до максимально швидкої</translation>
    </message>
    <message>
      <source>Training stopped: {message}</source>
      <translation>Навчання зупинено: {message}</translation>
    </message>
    <message>
      <source>Transfer learning</source>
      <translation>Перенесення навчання</translation>
    </message>
    <message>
      <source>Transfer learning: reuse pretrained filters</source>
      <translation>Перенесення навчання: повторне використання попередньо навчених фільтрів</translation>
    </message>
    <message>
      <source>Transfer learning: the two convolution layers start from weights pretrained on the digits 0–4 (resources/pretrained/digits-conv.safetensors) and are frozen; only the last Dense layer learns the digits 5–9 from 10 labelled images of each. The second variant trains the same network from scratch on the same images.</source>
      <translation>Перенесення навчання (transfer learning): два згорткові шари стартують із ваг, попередньо навчених на цифрах 0–4 (resources/pretrained/digits-conv.safetensors), і заморожені; лише останній шар Dense вивчає цифри 5–9 за 10 розміченими зображеннями кожної. Другий варіант навчає ту саму мережу з нуля на тих самих зображеннях.</translation>
    </message>
    <message>
      <source>Truth table</source>
      <translation>Таблиця істинності</translation>
    </message>
    <message>
      <source>Turns each symbol id into a learned vector: a lookup table of vocabulary × dimension. Text enters the network this way.</source>
      <translation>Перетворює кожен ідентифікатор символу на навчуваний вектор: таблиця пошуку розміру словник × вимірність. Саме так текст потрапляє в мережу.</translation>
    </message>
    <message>
      <source>Two interleaved half circles.</source>
      <translation>Два переплетені півкола.</translation>
    </message>
    <message>
      <source>Two interleaved spirals are much harder than XOR: the boundary has to wind around the centre several times. Three hidden layers of 16 tanh units compose simple bends into a winding boundary: each layer works on the features the previous one made. Try removing a layer or shrinking the layers to 4 units and press Reset: the network no longer has the capacity to follow the arms.</source>
      <translation>Дві переплетені спіралі набагато складніші за XOR: межа має кілька разів обвитися навколо центру. Три приховані шари по 16 нейронів tanh складають прості вигини в звивисту межу: кожен шар працює з ознаками, створеними попереднім. Спробуйте видалити шар або зменшити шари до 4 нейронів і натисніть «Скинути»: мережі вже не вистачає ємності, щоб іти за рукавами.</translation>
    </message>
    <message>
      <source>Two interleaved spirals need depth: three tanh layers of 16 units learn to follow the arms.</source>
      <translation>Дві переплетені спіралі потребують глибини: три шари tanh по 16 нейронів вчаться йти за рукавами.</translation>
    </message>
    <message>
      <source>Two minima</source>
      <translation>Два мінімуми</translation>
    </message>
    <message>
      <source>Two moons</source>
      <translation>Два місяці</translation>
    </message>
    <message>
      <source>Type to filter the layers by name, category or description</source>
      <translation>Введіть текст, щоб відфільтрувати шари за назвою, категорією чи описом</translation>
    </message>
    <message>
      <source>Type up to six words separated by commas or spaces and press Enter: the panel lists the words whose vectors are closest to each (cosine similarity, 1 = the same direction)</source>
      <translation>Введіть до шести слів через кому або пробіл і натисніть Enter: панель покаже слова, чиї вектори найближчі до кожного з них (косинусна подібність, 1 = той самий напрямок)</translation>
    </message>
    <message>
      <source>UCI optical digits (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0</source>
      <translation>Оптичні цифри UCI (E. Alpaydin, C. Kaynak, 1998), CC BY 4.0</translation>
    </message>
    <message>
      <source>Uniform on [−1, 1]</source>
      <translation>Рівномірна на [−1, 1]</translation>
    </message>
    <message>
      <source>Uniform ±1/√hidden (PyTorch default)</source>
      <translation>Рівномірна ±1/√hidden (за замовчуванням у PyTorch)</translation>
    </message>
    <message>
      <source>Units</source>
      <translation>Нейрони</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>Незбережені зміни</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>Без назви</translation>
    </message>
    <message>
      <source>Update steps done, passes over the training data, and training speed</source>
      <translation>Виконані кроки оновлення, проходи по навчальних даних і швидкість навчання</translation>
    </message>
    <message>
      <source>Updates of about 1/1000 of the weights usually mean a well-chosen learning rate</source>
      <translation>Оновлення близько 1/1000 від ваг зазвичай означають добре вибрану швидкість навчання</translation>
    </message>
    <message>
      <source>Use features: {n}</source>
      <translation>Використати ознаки: {n}</translation>
    </message>
    <message>
      <source>Use images from {name}</source>
      <translation>Використати зображення з {name}</translation>
    </message>
    <message>
      <source>Use table {file}</source>
      <translation>Використати таблицю {file}</translation>
    </message>
    <message>
      <source>Use {name}</source>
      <translation>Використати {name}</translation>
    </message>
    <message>
      <source>Values (regression)</source>
      <translation>Значення (регресія)</translation>
    </message>
    <message>
      <source>Vanishing gradients in a deep sigmoid net</source>
      <translation>Згасання градієнтів у глибокій сигмоїдній мережі</translation>
    </message>
    <message>
      <source>Vanishing: no gradient at all reaches the first step — the early inputs do not learn.</source>
      <translation>Згасання: до першого кроку градієнт зовсім не доходить — ранні входи не навчаються.</translation>
    </message>
    <message>
      <source>Vanishing: the first step gets {ratio} of the last step's gradient — the early inputs barely learn.</source>
      <translation>Згасання: перший крок отримує {ratio} градієнта останнього кроку — ранні входи ледве навчаються.</translation>
    </message>
    <message>
      <source>Viewing step {step} of {last} — press Live or Play to return</source>
      <translation>Перегляд кроку {step} з {last} — натисніть «Поточний стан» або «Пуск», щоб повернутися</translation>
    </message>
    <message>
      <source>Vocabulary</source>
      <translation>Словник</translation>
    </message>
    <message>
      <source>Vocabulary size</source>
      <translation>Розмір словника</translation>
    </message>
    <message>
      <source>Waiting for the RBM…</source>
      <translation>Очікування RBM…</translation>
    </message>
    <message>
      <source>Waiting for the boundary…</source>
      <translation>Очікування межі…</translation>
    </message>
    <message>
      <source>Waiting for the feature maps…</source>
      <translation>Очікування карт ознак…</translation>
    </message>
    <message>
      <source>Waiting for the filters…</source>
      <translation>Очікування фільтрів…</translation>
    </message>
    <message>
      <source>Waiting for the gates…</source>
      <translation>Очікування вентилів…</translation>
    </message>
    <message>
      <source>Waiting for the generator…</source>
      <translation>Очікування генератора…</translation>
    </message>
    <message>
      <source>Waiting for the gradients through time…</source>
      <translation>Очікування градієнтів у часі…</translation>
    </message>
    <message>
      <source>Waiting for the gradients…</source>
      <translation>Очікування градієнтів…</translation>
    </message>
    <message>
      <source>Waiting for the histograms…</source>
      <translation>Очікування гістограм…</translation>
    </message>
    <message>
      <source>Waiting for the latent codes…</source>
      <translation>Очікування латентних кодів…</translation>
    </message>
    <message>
      <source>Waiting for the network's first text…</source>
      <translation>Очікування першого тексту мережі…</translation>
    </message>
    <message>
      <source>Waiting for the neuron maps…</source>
      <translation>Очікування карт нейронів…</translation>
    </message>
    <message>
      <source>Waiting for the predictions…</source>
      <translation>Очікування прогнозів…</translation>
    </message>
    <message>
      <source>Waiting for the reconstructions…</source>
      <translation>Очікування реконструкцій…</translation>
    </message>
    <message>
      <source>Waiting for the test-set results…</source>
      <translation>Очікування результатів на тестовій вибірці…</translation>
    </message>
    <message>
      <source>Waiting for the truth table…</source>
      <translation>Очікування таблиці істинності…</translation>
    </message>
    <message>
      <source>Waiting for the word vectors…</source>
      <translation>Очікування векторів слів…</translation>
    </message>
    <message>
      <source>Watch for: {text}</source>
      <translation>Зверніть увагу: {text}</translation>
    </message>
    <message>
      <source>Weight init</source>
      <translation>Ініціалізація ваг</translation>
    </message>
    <message>
      <source>Weight β of the KL sparsity penalty (0: off).</source>
      <translation>Вага β штрафу за розрідженість KL (0: вимкнено).</translation>
    </message>
    <message>
      <source>Weights</source>
      <translation>Ваги</translation>
    </message>
    <message>
      <source>Weights w</source>
      <translation>Ваги w</translation>
    </message>
    <message>
      <source>What the colours mean: filled dots are training points, rings are test points</source>
      <translation>Що означають кольори: зафарбовані точки — навчальні, кільця — тестові</translation>
    </message>
    <message>
      <source>What the network predicts.</source>
      <translation>Що передбачає мережа.</translation>
    </message>
    <message>
      <source>What the run does now: first it learns without labels (the pretraining), then the labels fine-tune the network by backprop</source>
      <translation>Що зараз робить запуск: спершу навчається без міток (попереднє навчання), потім мітки донавчають мережу зворотним поширенням помилки</translation>
    </message>
    <message>
      <source>What the run is doing</source>
      <translation>Що зараз робить запуск</translation>
    </message>
    <message>
      <source>What the slopes of the shown functions mean for backpropagation</source>
      <translation>Що нахили показаних функцій означають для зворотного поширення помилки</translation>
    </message>
    <message>
      <source>What z is drawn from.</source>
      <translation>З якого розподілу береться z.</translation>
    </message>
    <message>
      <source>When the network predicts: once after the whole sequence, or at every step.</source>
      <translation>Коли мережа робить прогноз: один раз після всієї послідовності чи на кожному кроці.</translation>
    </message>
    <message>
      <source>Where a GAN's generator starts: a random vector z, drawn anew for every sample. The generator learns to turn it into samples that look real.</source>
      <translation>Звідки стартує генератор GAN: випадковий вектор z, що генерується заново для кожного зразка. Генератор навчається перетворювати його на зразки, що виглядають справжніми.</translation>
    </message>
    <message>
      <source>Where the data enters the network. Its shape follows the data settings: the number of features, or channels×height×width for images.</source>
      <translation>Місце, де дані входять у мережу. Його форма визначається налаштуваннями даних: кількість ознак або канали×висота×ширина для зображень.</translation>
    </message>
    <message>
      <source>Where training runs: the processor (CPU) or a graphics card (GPU)</source>
      <translation>Де відбувається навчання: на процесорі (CPU) чи на відеокарті (GPU)</translation>
    </message>
    <message>
      <source>Whether the CSV file's first row holds the column names.</source>
      <translation>Чи містить перший рядок файлу CSV назви стовпців.</translation>
    </message>
    <message>
      <source>Which convolution layer's filters to show</source>
      <translation>Фільтри якого згорткового шару показати</translation>
    </message>
    <message>
      <source>Which digits the data holds (the classes keep their numbers, so the network still has 10 outputs): pretrain on 0–4, then teach 5–9 with few examples.</source>
      <translation>Які цифри містять дані (класи зберігають свої номери, тож мережа й далі має 10 виходів): попередньо навчіть на 0–4, потім навчіть 5–9 на кількох прикладах.</translation>
    </message>
    <message>
      <source>Which logic gate's truth table the logic dataset holds: every combination of 0/1 inputs and the gate's output.</source>
      <translation>Таблицю істинності якого логічного вентиля містить логічний набір даних: кожна комбінація входів 0/1 і вихід вентиля.</translation>
    </message>
    <message>
      <source>Which network learns (GAN): both in turn, or freeze one to watch the other move.</source>
      <translation>Яка мережа навчається (GAN): обидві по черзі, або заморозьте одну, щоб спостерігати, як рухається інша.</translation>
    </message>
    <message>
      <source>Which of the test sequences the probe sent is shown, and its index in the test set</source>
      <translation>Яку з тестових послідовностей, надісланих зондом, показано, і її індекс у тестовій вибірці</translation>
    </message>
    <message>
      <source>Which problem the network learns.</source>
      <translation>Яку задачу вивчає мережа.</translation>
    </message>
    <message>
      <source>Which recurrent layer's gates are shown</source>
      <translation>Вентилі якого рекурентного шару показано</translation>
    </message>
    <message>
      <source>Which sample the maps show; hover a map to see its layer, channel and range</source>
      <translation>Який зразок показують карти; наведіть на карту, щоб побачити її шар, канал і діапазон</translation>
    </message>
    <message>
      <source>Which test sample goes through the network (its index in the test set)</source>
      <translation>Який тестовий зразок проходить через мережу (його номер у тестовій вибірці)</translation>
    </message>
    <message>
      <source>Which test sequence goes through the network (its index in the test set)</source>
      <translation>Яка тестова послідовність проходить через мережу (її номер у тестовій вибірці)</translation>
    </message>
    <message>
      <source>Which vectors x′ the context and noise words use: a second matrix the head learns (word2vec), or the word vectors x themselves, as in the lecture's formula.</source>
      <translation>Які вектори x′ використовують контекстні й шумові слова: окрему матрицю, яку вивчає вихідна частина (word2vec), або самі вектори слів x, як у формулі з лекції.</translation>
    </message>
    <message>
      <source>While paused: drag (or use the arrow keys, Home, End) to show the plots at an earlier step</source>
      <translation>Під час паузи: перетягніть (або скористайтеся стрілками, Home, End), щоб показати графіки на одному з попередніх кроків</translation>
    </message>
    <message>
      <source>While paused: show the plots one saved snapshot earlier</source>
      <translation>На паузі: показати графіки на один збережений знімок раніше</translation>
    </message>
    <message>
      <source>While paused: show the plots one saved snapshot later</source>
      <translation>На паузі: показати графіки на один збережений знімок пізніше</translation>
    </message>
    <message>
      <source>While training a 2D problem, draw each hidden unit's output map under its layer and the weights of small Dense layers as edge thickness and colour</source>
      <translation>Під час навчання на 2D-задачі малювати карту виходу кожного прихованого нейрона під його шаром, а ваги малих шарів Dense — товщиною й кольором ребер</translation>
    </message>
    <message>
      <source>With clipping the test loss falls to about 0.02 within 300 steps; without it training stops with a NaN loss within a few steps.</source>
      <translation>З обрізанням тестові втрати падають приблизно до 0.02 за 300 кроків; без нього навчання за кілька кроків зупиняється з втратами NaN.</translation>
    </message>
    <message>
      <source>With no hidden layer the test accuracy stays near 60%; with 16 units in three hidden layers it passes 90%, and three layers of 16 beat three layers of 2.</source>
      <translation>Без прихованого шару точність на тесті тримається біля 60%; із 16 нейронами в трьох прихованих шарах вона перевищує 90%, а три шари по 16 нейронів випереджають три шари по 2.</translation>
    </message>
    <message>
      <source>With tanh the moons are separated within 300 steps (100% test accuracy); with sigmoid the same network is still near 89% at that point.</source>
      <translation>З tanh місяці розділяються за 300 кроків (100% точності на тесті); із сигмоїдою та сама мережа на цей момент усе ще має близько 89%.</translation>
    </message>
    <message>
      <source>With weight -1 and θ = 0 the neuron answers both rows of NOT correctly (100% accuracy).</source>
      <translation>З вагою -1 і θ = 0 нейрон правильно відповідає на обидва рядки NOT (100% точності).</translation>
    </message>
    <message>
      <source>With weights 1, 1 and θ = 2 the neuron answers all four rows of AND correctly (100% accuracy).</source>
      <translation>З вагами 1, 1 і θ = 2 нейрон правильно відповідає на всі чотири рядки AND (100% точності).</translation>
    </message>
    <message>
      <source>Within 400 steps the training loss falls from about 3.6 to under 1, while the test loss stalls near 2.5 and starts to rise.</source>
      <translation>За 400 кроків втрати на навчанні падають приблизно з 3.6 до менш ніж 1, а втрати на тесті зупиняються близько 2.5 і починають зростати.</translation>
    </message>
    <message>
      <source>Within a few seconds the training loss falls from 4.16 (6·ln 2, while all vectors are alike) below 3; from then on mock is turtle's nearest word and white rabbit's, and queen's neighbours are mostly king and words of the croquet game (hearts, croquet, play).</source>
      <translation>За кілька секунд втрати на навчанні падають з 4.16 (6·ln 2, поки всі вектори однакові) нижче 3; відтоді найближче слово до turtle — mock, до rabbit — white, а серед сусідів queen здебільшого king і слова гри в крокет (hearts, croquet, play).</translation>
    </message>
    <message>
      <source>Within about 100 steps (a quarter of a pass over the 400 training points) the perceptron makes no more errors: 100% test accuracy.</source>
      <translation>Приблизно за 100 кроків (чверть проходу по 400 навчальних точках) перцептрон перестає помилятися: 100% точності на тесті.</translation>
    </message>
    <message>
      <source>Within about 100 steps the perceptron makes no more errors: 100% test accuracy.</source>
      <translation>Приблизно за 100 кроків перцептрон перестає помилятися: 100% точності на тесті.</translation>
    </message>
    <message>
      <source>Without a nonlinear activation, a stack of layers is still one linear map. The activation curves panel draws each function beside its derivative, the factor backpropagation multiplies the gradient by at every layer: the sigmoid's slope is at most 0.25, tanh's at most 1, ReLU's is 1 for positive inputs and 0 otherwise, and the step function's is 0 everywhere, which is why it cannot be trained by backpropagation. This network uses tanh in its two hidden layers; switch them to sigmoid in the inspector and press Reset to see the smaller slope slow learning down.</source>
      <translation>Без нелінійної функції активації стек шарів залишається одним лінійним відображенням. Панель кривих активації малює кожну функцію поруч із її похідною — множником, на який зворотне поширення помилки множить градієнт на кожному шарі: нахил сигмоїди не більше 0.25, tanh — не більше 1, ReLU — 1 для додатних входів і 0 для решти, а нахил порогової функції всюди 0, тому її неможливо навчити зворотним поширенням помилки. Ця мережа використовує tanh у двох прихованих шарах; перемкніть їх на сигмоїду в інспекторі й натисніть «Скинути», щоб побачити, як менший нахил уповільнює навчання.</translation>
    </message>
    <message>
      <source>Word embeddings</source>
      <translation>Векторні представлення слів</translation>
    </message>
    <message>
      <source>Word map (PCA)</source>
      <translation>Карта слів (PCA)</translation>
    </message>
    <message>
      <source>Word vectors, word2vec text (.txt)</source>
      <translation>Вектори слів, текстовий формат word2vec (.txt)</translation>
    </message>
    <message>
      <source>Words seen fewer times are left out of the vocabulary: a word seen once or twice cannot get a meaningful vector.</source>
      <translation>Слова, що трапляються рідше, не потрапляють до словника: слово, яке трапилося один-два рази, не може отримати змістовний вектор.</translation>
    </message>
    <message>
      <source>Words that get a vector: the most frequent ones (the rest are dropped from the text). The Embedding's vocabulary must be at least this.</source>
      <translation>Слова, що отримують вектор: найчастіші (решту вилучено з тексту). Словник шару Embedding має бути не меншим за це значення.</translation>
    </message>
    <message>
      <source>Words:</source>
      <translation>Слова:</translation>
    </message>
    <message>
      <source>XOR</source>
      <translation>XOR</translation>
    </message>
    <message>
      <source>XOR defeats the perceptron</source>
      <translation>XOR перемагає перцептрон</translation>
    </message>
    <message>
      <source>XOR is class 1 where the two inputs have the same sign: two opposite quadrants against the other two. No single straight line can put both class-1 quadrants on one side and both class-0 quadrants on the other, so a single perceptron cannot represent XOR at all: Minsky and Papert's argument that stalled neural-network research for years. The learning rule keeps correcting errors forever; every fix breaks another part of the plane.</source>
      <translation>XOR — це клас 1 там, де два входи мають однаковий знак: два протилежні квадранти проти двох інших. Жодна пряма не може розмістити обидва квадранти класу 1 з одного боку, а обидва квадранти класу 0 — з іншого, тож один перцептрон узагалі не здатен представити XOR: це аргумент Мінського й Пейперта, що на роки загальмував дослідження нейронних мереж. Правило навчання без кінця виправляє помилки; кожне виправлення ламає іншу частину площини.</translation>
    </message>
    <message>
      <source>XOR needs a hidden layer</source>
      <translation>Для XOR потрібен прихований шар</translation>
    </message>
    <message>
      <source>Your 2D data: the points you clicked on the preview, each [x, y, class] (class 0 is the first).</source>
      <translation>Ваші 2D-дані: точки, які ви наклацали на попередньому перегляді, кожна [x, y, клас] (клас 0 — перший).</translation>
    </message>
    <message>
      <source>Your images (folder or .npz)</source>
      <translation>Ваші зображення (тека або .npz)</translation>
    </message>
    <message>
      <source>Your images ({name})</source>
      <translation>Ваші зображення ({name})</translation>
    </message>
    <message>
      <source>Your images: a folder with one sub-folder per class, or an .npz file with 'images' and 'labels'.</source>
      <translation>Ваші зображення: тека з однією підтекою на клас або файл .npz з 'images' і 'labels'.</translation>
    </message>
    <message>
      <source>Your own 2D data: pick a class beside the preview, click to add a point of it, right-click removes the nearest point.</source>
      <translation>Ваші власні 2D-дані: виберіть клас біля попереднього перегляду, клацніть, щоб додати точку цього класу, правий клік видаляє найближчу точку.</translation>
    </message>
    <message>
      <source>Your own images: a folder with one sub-folder of images per class, or an .npz file holding 'images' (N×H×W or N×H×W×C) and 'labels'.</source>
      <translation>Ваші власні зображення: тека з однією підтекою зображень на клас або файл .npz, що містить 'images' (N×H×W або N×H×W×C) і 'labels'.</translation>
    </message>
    <message>
      <source>Your own table: a CSV file with a column of classes to predict from the numeric columns.</source>
      <translation>Ваша власна таблиця: CSV-файл зі стовпцем класів, які треба передбачити за числовими стовпцями.</translation>
    </message>
    <message>
      <source>Your own table: a CSV file with a numeric column to predict (regression) from the other numeric columns.</source>
      <translation>Ваша власна таблиця: файл CSV із числовим стовпцем, який треба передбачити (регресія) за іншими числовими стовпцями.</translation>
    </message>
    <message>
      <source>Your points</source>
      <translation>Ваші точки</translation>
    </message>
    <message>
      <source>Your table (CSV): classes</source>
      <translation>Ваша таблиця (CSV): класи</translation>
    </message>
    <message>
      <source>Your table (CSV): values</source>
      <translation>Ваша таблиця (CSV): значення</translation>
    </message>
    <message>
      <source>Your table ({name}): {rows} rows, predicting {target}</source>
      <translation>Ваша таблиця ({name}): рядків: {rows}, прогнозується {target}</translation>
    </message>
    <message>
      <source>Your table: the CSV file, chosen with the Choose CSV… button.</source>
      <translation>Ваша таблиця: файл CSV, вибраний кнопкою «Вибрати CSV…».</translation>
    </message>
    <message>
      <source>Zeros</source>
      <translation>Нулі</translation>
    </message>
    <message>
      <source>Zeros (symmetry never breaks)</source>
      <translation>Нулі (симетрія ніколи не порушується)</translation>
    </message>
    <message>
      <source>Zeros stays at chance (at most 60% on the test set), too large stays below Glorot, and Glorot and He both pass 95%.</source>
      <translation>«Нулі» лишаються на рівні випадкового вгадування (щонайбільше 60% на тестовій вибірці), «Надто великі» відстають від Glorot, а Glorot і He обидва перевищують 95%.</translation>
    </message>
    <message>
      <source>Zoom &amp;In</source>
      <translation>&amp;Збільшити</translation>
    </message>
    <message>
      <source>Zoom &amp;Out</source>
      <translation>З&amp;меншити</translation>
    </message>
    <message>
      <source>a GAN needs a GAN target: choose one (ring, moons, …) in the data settings</source>
      <translation>GAN потрібна ціль GAN: виберіть її (кільце, місяці, …) у налаштуваннях даних</translation>
    </message>
    <message>
      <source>a binary classifier needs 1 output value (the logit), got {n}: set the last Dense to 1 unit</source>
      <translation>бінарному класифікатору потрібне 1 вихідне значення (логіт), отримано {n}: задайте в останньому шарі Dense 1 нейрон</translation>
    </message>
    <message>
      <source>a classification task</source>
      <translation>задача класифікації</translation>
    </message>
    <message>
      <source>a flat vector of {n} values</source>
      <translation>плоский вектор зі значень: {n}</translation>
    </message>
    <message>
      <source>a layer cannot feed itself</source>
      <translation>шар не може живити сам себе</translation>
    </message>
    <message>
      <source>a layer name must be 1 to 60 characters</source>
      <translation>назва шару має містити від 1 до 60 символів</translation>
    </message>
    <message>
      <source>a layer name must be a text of 1 to 60 characters</source>
      <translation>назва шару має бути текстом від 1 до 60 символів</translation>
    </message>
    <message>
      <source>a layer name must be a text of 1 to 60 characters, without spaces at the ends</source>
      <translation>назва шару має бути текстом від 1 до 60 символів без пробілів на початку й у кінці</translation>
    </message>
    <message>
      <source>a list of 1 to 4 positive integers, e.g. [2] or [1, 28, 28]</source>
      <translation>список від 1 до 4 додатних цілих чисел, напр. [2] або [1, 28, 28]</translation>
    </message>
    <message>
      <source>a list of 1 to {n} numbers from {lo} to {hi}, e.g. 1, 1 or 0.5, -1 (with decimal commas: 0,5; -1)</source>
      <translation>список від 1 до {n} чисел від {lo} до {hi}, наприклад 1, 1 або 0.5, -1 (з десятковою комою: 0,5; -1)</translation>
    </message>
    <message>
      <source>a list of at most {n} distinct texts of 1 to {length} characters</source>
      <translation>список із не більше ніж {n} різних текстів довжиною від 1 до {length} символів</translation>
    </message>
    <message>
      <source>a list of at most {n} points [x, y, class] with coordinates from -100 to 100 and a class from 0 to {max_class}</source>
      <translation>список точок [x, y, клас] (не більше {n}) з координатами від -100 до 100 і класом від 0 до {max_class}</translation>
    </message>
    <message>
      <source>a list of at most {n} points [x, y] with coordinates from -100 to 100</source>
      <translation>список точок [x, y] (не більше {n}) з координатами від -100 до 100</translation>
    </message>
    <message>
      <source>a list of distinct values from {choices}</source>
      <translation>список різних значень із {choices}</translation>
    </message>
    <message>
      <source>a multi-class classifier needs one output per class: set the last Dense to the number of classes</source>
      <translation>багатокласовому класифікатору потрібен один вихід на клас: задайте в останньому шарі Dense кількість нейронів, що дорівнює кількості класів</translation>
    </message>
    <message>
      <source>a node with id {id} already exists</source>
      <translation>вузол з ідентифікатором {id} уже існує</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <source>a number from {lo} to {hi}</source>
      <translation>число від {lo} до {hi}</translation>
    </message>
    <message>
      <source>a number has too many digits</source>
      <translation>число має забагато цифр</translation>
    </message>
    <message>
      <source>a number of at least {lo}</source>
      <translation>число, не менше за {lo}</translation>
    </message>
    <message>
      <source>a number of at most {hi}</source>
      <translation>число, не більше {hi}</translation>
    </message>
    <message>
      <source>a number with too many digits</source>
      <translation>число із забагатьма цифрами</translation>
    </message>
    <message>
      <source>a position must be two finite numbers within ±{limit}, got {value}</source>
      <translation>позиція має бути двома скінченними числами в межах ±{limit}, отримано {value}</translation>
    </message>
    <message>
      <source>a saved run cannot continue as a comparison; stop comparing first</source>
      <translation>збережений запуск не можна продовжити як порівняння; спершу припиніть порівняння</translation>
    </message>
    <message>
      <source>a single number</source>
      <translation>одне число</translation>
    </message>
    <message>
      <source>a text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>a value</source>
      <translation>значення</translation>
    </message>
    <message>
      <source>a word2vec design ends in a SkipGram head, not an Output: delete the Output</source>
      <translation>схема word2vec закінчується вихідною частиною SkipGram, а не вузлом «Вихід»: видаліть «Вихід»</translation>
    </message>
    <message>
      <source>a {kind} layer</source>
      <translation>шар типу {kind}</translation>
    </message>
    <message>
      <source>a {kind} layer belongs to a GAN's generator: choose a GAN target in the data settings (ring, moons, …) or delete it</source>
      <translation>шар {kind} належить генератору GAN: виберіть ціль GAN у налаштуваннях даних (кільце, місяці, …) або видаліть його</translation>
    </message>
    <message>
      <source>accuracy</source>
      <translation>точність</translation>
    </message>
    <message>
      <source>accuracy: train {train} · test {test}</source>
      <translation>точність: навч. {train} · тест {test}</translation>
    </message>
    <message>
      <source>activation-functions</source>
      <translation>activation-functions</translation>
    </message>
    <message>
      <source>adventurous</source>
      <translation>сміливо</translation>
    </message>
    <message>
      <source>after the next step</source>
      <translation>після наступного кроку</translation>
    </message>
    <message>
      <source>all</source>
      <translation>усі</translation>
    </message>
    <message>
      <source>an autoencoder compares pixels: use MSE, MAE, Huber or BCE, not cross-entropy</source>
      <translation>автокодувальник порівнює пікселі: використайте MSE, MAE, Huber або BCE, а не крос-ентропію</translation>
    </message>
    <message>
      <source>an autoencoder reconstructs its input, {input} = {values} values, but it gets {shape}: set the last Dense to {values} units</source>
      <translation>автокодувальник відтворює свій вхід ({input}, значень: {values}), але отримує {shape}: задайте в останньому шарі Dense кількість нейронів {values}</translation>
    </message>
    <message>
      <source>an integer</source>
      <translation>ціле число</translation>
    </message>
    <message>
      <source>an integer from {lo} to {hi}</source>
      <translation>ціле число від {lo} до {hi}</translation>
    </message>
    <message>
      <source>an integer of at least {lo}</source>
      <translation>ціле число, не менше {lo}</translation>
    </message>
    <message>
      <source>an integer of at most {hi}</source>
      <translation>ціле число, не більше за {hi}</translation>
    </message>
    <message>
      <source>another layer is already named '{name}'</source>
      <translation>інший шар уже має назву '{name}'</translation>
    </message>
    <message>
      <source>applies one Dense to every time step of a sequence (time×features) but receives {shape}: for a flat vector use Dense; before it, set the recurrent layer to return sequences</source>
      <translation>застосовує один Dense до кожного часового кроку послідовності (час×ознаки), але отримує {shape}: для плоского вектора використайте Dense; перед ним налаштуйте рекурентний шар повертати послідовності</translation>
    </message>
    <message>
      <source>autoencoder-digits</source>
      <translation>autoencoder-digits</translation>
    </message>
    <message>
      <source>balanced</source>
      <translation>збалансовано</translation>
    </message>
    <message>
      <source>bars</source>
      <translation>стовпчики</translation>
    </message>
    <message>
      <source>both ends must be nodes of this design</source>
      <translation>обидва кінці мають бути вузлами цієї схеми</translation>
    </message>
    <message>
      <source>candidate</source>
      <translation>кандидат</translation>
    </message>
    <message>
      <source>cannot arrange {values} values as {asked} values: choose a shape with {values} values, e.g. {suggestion}</source>
      <translation>кількість значень {values} не відповідає запитаній ({asked}): виберіть форму, добуток розмірів якої дорівнює {values}, напр. {suggestion}</translation>
    </message>
    <message>
      <source>cannot read it: {reason}</source>
      <translation>не вдається прочитати: {reason}</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>не вдається прочитати {path}: {reason}</translation>
    </message>
    <message>
      <source>cannot train the lesson: {problem}</source>
      <translation>неможливо навчити урок: {problem}</translation>
    </message>
    <message>
      <source>cannot write {target}: it is a folder</source>
      <translation>неможливо записати {target}: це тека</translation>
    </message>
    <message>
      <source>cannot write {target}: {parent} does not exist</source>
      <translation>не вдається записати {target}: {parent} не існує</translation>
    </message>
    <message>
      <source>cannot write {target}: {parent} is not a folder</source>
      <translation>не вдається записати {target}: {parent} не є текою</translation>
    </message>
    <message>
      <source>cannot write {target}: {reason}</source>
      <translation>не вдається записати {target}: {reason}</translation>
    </message>
    <message>
      <source>capacity-grid</source>
      <translation>capacity-grid</translation>
    </message>
    <message>
      <source>cell state</source>
      <translation>стан комірки</translation>
    </message>
    <message>
      <source>char-lstm</source>
      <translation>char-lstm</translation>
    </message>
    <message>
      <source>choose the CSV file again in the Data panel</source>
      <translation>виберіть файл CSV знову на панелі «Дані»</translation>
    </message>
    <message>
      <source>choose the images again in the Data panel</source>
      <translation>виберіть зображення знову на панелі «Дані»</translation>
    </message>
    <message>
      <source>class</source>
      <translation>клас</translation>
    </message>
    <message>
      <source>class {k}</source>
      <translation>клас {k}</translation>
    </message>
    <message>
      <source>class {name}</source>
      <translation>клас {name}</translation>
    </message>
    <message>
      <source>cnn-digits</source>
      <translation>cnn-digits</translation>
    </message>
    <message>
      <source>colours span {low} … {high}</source>
      <translation>кольори охоплюють {low} … {high}</translation>
    </message>
    <message>
      <source>commas</source>
      <translation>коми</translation>
    </message>
    <message>
      <source>comparisons of GANs are not supported yet</source>
      <translation>порівняння GAN поки що не підтримуються</translation>
    </message>
    <message>
      <source>comparisons of word2vec designs are not supported yet</source>
      <translation>порівняння схем word2vec поки що не підтримується</translation>
    </message>
    <message>
      <source>conditions met: {met} of {total}</source>
      <translation>умов виконано: {met} з {total}</translation>
    </message>
    <message>
      <source>connecting '{src}' to '{dst}' would make a cycle</source>
      <translation>з’єднання '{src}' з '{dst}' утворить цикл</translation>
    </message>
    <message>
      <source>correct</source>
      <translation>правильно</translation>
    </message>
    <message>
      <source>corrupted</source>
      <translation>спотворені</translation>
    </message>
    <message>
      <source>cross-entropy over classes needs 2 or more outputs; use BCE for a binary classifier</source>
      <translation>крос-ентропія за класами потребує 2 або більше виходів; для бінарного класифікатора використайте BCE</translation>
    </message>
    <message>
      <source>dbn-vs-scratch</source>
      <translation>dbn-vs-scratch</translation>
    </message>
    <message>
      <source>dead = never active</source>
      <translation>мертвий = ніколи не активний</translation>
    </message>
    <message>
      <source>denoising-autoencoder</source>
      <translation>denoising-autoencoder</translation>
    </message>
    <message>
      <source>design changed</source>
      <translation>схему змінено</translation>
    </message>
    <message>
      <source>disconnect a node before removing it</source>
      <translation>від’єднайте вузол, перш ніж видаляти його</translation>
    </message>
    <message>
      <source>discriminator D loss {value}</source>
      <translation>втрати дискримінатора D {value}</translation>
    </message>
    <message>
      <source>discriminator's optimizer</source>
      <translation>оптимізатор дискримінатора</translation>
    </message>
    <message>
      <source>distance</source>
      <translation>відстань</translation>
    </message>
    <message>
      <source>distance real ↔ generated (0: the same)</source>
      <translation>відстань справжні ↔ згенеровані (0: однакові)</translation>
    </message>
    <message>
      <source>distance real ↔ generated {distance} (0: the same)</source>
      <translation>відстань справжні ↔ згенеровані {distance} (0: однакові)</translation>
    </message>
    <message>
      <source>distributed-regions</source>
      <translation>distributed-regions</translation>
    </message>
    <message>
      <source>diverged</source>
      <translation>розійшовся</translation>
    </message>
    <message>
      <source>draw some points on the data preview first</source>
      <translation>спершу намалюйте кілька точок на попередньому перегляді даних</translation>
    </message>
    <message>
      <source>drops whole channels of an image but receives a flat vector of {n} values: use Dropout instead</source>
      <translation>відкидає цілі канали зображення, але отримує плоский вектор зі значень: {n}; використайте натомість Dropout</translation>
    </message>
    <message>
      <source>e.g. 1, 1</source>
      <translation>напр. 1, 1</translation>
    </message>
    <message>
      <source>e.g. 2 or 1, 28, 28</source>
      <translation>напр. 2 або 1, 28, 28</translation>
    </message>
    <message>
      <source>e.g. queen, rabbit</source>
      <translation>напр. queen, rabbit</translation>
    </message>
    <message>
      <source>early stop: best at step {step}</source>
      <translation>рання зупинка: найкраще на кроці {step}</translation>
    </message>
    <message>
      <source>end</source>
      <translation>кінець</translation>
    </message>
    <message>
      <source>every layer with weights is frozen, so training would change nothing: untick Freeze on a layer</source>
      <translation>усі шари з вагами заморожено, тож навчання нічого не змінить: зніміть позначку «Заморозити» в одного з шарів</translation>
    </message>
    <message>
      <source>every variant diverged; the first: {reason}</source>
      <translation>усі варіанти розійшлися; перший: {reason}</translation>
    </message>
    <message>
      <source>exploding</source>
      <translation>вибух</translation>
    </message>
    <message>
      <source>exploding-rnn-clipping</source>
      <translation>exploding-rnn-clipping</translation>
    </message>
    <message>
      <source>fake</source>
      <translation>фальшиві</translation>
    </message>
    <message>
      <source>filter</source>
      <translation>фільтр</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} (p = {p}) ✓</source>
      <translation>перший символ {want}, передбачено {got} (p = {p}) ✓</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✓</source>
      <translation>перший символ {want}, передбачено {got} ✓</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✗</source>
      <translation>перший символ {want}, передбачено {got} ✗</translation>
    </message>
    <message>
      <source>first symbol {want}, predicted {got} ✗ ({want} got p = {p})</source>
      <translation>перший символ {want}, передбачено {got} ✗ ({want} отримав p = {p})</translation>
    </message>
    <message>
      <source>first {shown} of {hidden} hidden units · tile {tile}</source>
      <translation>перші {shown} з {hidden} прихованих нейронів · плитка {tile}</translation>
    </message>
    <message>
      <source>forget gate</source>
      <translation>вентиль забування</translation>
    </message>
    <message>
      <source>free energy F(v)</source>
      <translation>вільна енергія F(v)</translation>
    </message>
    <message>
      <source>frequent word</source>
      <translation>часте слово</translation>
    </message>
    <message>
      <source>from scratch</source>
      <translation>з нуля</translation>
    </message>
    <message>
      <source>gan-mode-collapse</source>
      <translation>gan-mode-collapse</translation>
    </message>
    <message>
      <source>gan-ring</source>
      <translation>gan-ring</translation>
    </message>
    <message>
      <source>gates σ</source>
      <translation>вентилі σ</translation>
    </message>
    <message>
      <source>generated</source>
      <translation>згенеровані</translation>
    </message>
    <message>
      <source>generator G loss {value}</source>
      <translation>втрати генератора G {value}</translation>
    </message>
    <message>
      <source>generator's optimizer</source>
      <translation>оптимізатор генератора</translation>
    </message>
    <message>
      <source>graph must be an object with nodes and edges</source>
      <translation>graph має бути об’єктом із nodes і edges</translation>
    </message>
    <message>
      <source>graph.nodes and graph.edges must be lists</source>
      <translation>graph.nodes і graph.edges мають бути списками</translation>
    </message>
    <message>
      <source>has {k} weights but receives {n} inputs: give one weight per input, e.g. {example}</source>
      <translation>має ваг: {k}, але отримує входів: {n}; задайте по одній вазі на кожен вхід, напр. {example}</translation>
    </message>
    <message>
      <source>healthy</source>
      <translation>норма</translation>
    </message>
    <message>
      <source>hidden state</source>
      <translation>прихований стан</translation>
    </message>
    <message>
      <source>high {value}</source>
      <translation>макс. {value}</translation>
    </message>
    <message>
      <source>history →</source>
      <translation>історія →</translation>
    </message>
    <message>
      <source>how much of the candidate is written into the cell</source>
      <translation>яка частка кандидата записується в комірку</translation>
    </message>
    <message>
      <source>how much of the cell is shown as the hidden state</source>
      <translation>яка частка комірки показується як прихований стан</translation>
    </message>
    <message>
      <source>how much of the old state the candidate sees</source>
      <translation>яку частку старого стану бачить кандидат</translation>
    </message>
    <message>
      <source>how the old state and the candidate are mixed</source>
      <translation>як змішуються старий стан і кандидат</translation>
    </message>
    <message>
      <source>images of {shape}</source>
      <translation>зображення {shape}</translation>
    </message>
    <message>
      <source>initialisation</source>
      <translation>initialisation</translation>
    </message>
    <message>
      <source>input</source>
      <translation>вхід</translation>
    </message>
    <message>
      <source>input channel</source>
      <translation>вхідний канал</translation>
    </message>
    <message>
      <source>input gate</source>
      <translation>вхідний вентиль</translation>
    </message>
    <message>
      <source>int64 symbol ids</source>
      <translation>id символів int64</translation>
    </message>
    <message>
      <source>it gets {shape} but the data wants {wanted} ({what} per step)</source>
      <translation>отримує {shape}, але дані потребують {wanted} ({what} на крок)</translation>
    </message>
    <message>
      <source>it gets {values} values but the data has {classes} classes: set the last Dense to {classes} units</source>
      <translation>отримує значень: {values}, але дані мають класів: {classes}: задайте в останньому шарі Dense кількість нейронів {classes}</translation>
    </message>
    <message>
      <source>it gets {values} values but the data wants {what}: set the last Dense to {units}</source>
      <translation>отримує значень: {values}, але дані потребують {what}: задайте в останньому шарі Dense {units}</translation>
    </message>
    <message>
      <source>it holds {unknown}, which a run bundle never contains, so it is not opened (it was not saved by NN Playground, and some files, such as pickles, can run code)</source>
      <translation>він містить {unknown}, чого пакет запуску ніколи не містить, тому його не відкрито (його збережено не NN Playground, а деякі файли, як-от pickle, можуть виконувати код)</translation>
    </message>
    <message>
      <source>it is damaged: a part appears twice</source>
      <translation>файл пошкоджено: одна частина трапляється двічі</translation>
    </message>
    <message>
      <source>it is incomplete: {parts} missing</source>
      <translation>він неповний: бракує {parts}</translation>
    </message>
    <message>
      <source>it is not a run bundle: not a zip file, or a damaged one</source>
      <translation>це не пакет запуску: не zip-файл або пошкоджений zip-файл</translation>
    </message>
    <message>
      <source>it is not an NN Playground run bundle (format {found}, expected {expected})</source>
      <translation>це не пакет запуску NN Playground (формат {found}, очікувався {expected})</translation>
    </message>
    <message>
      <source>it was saved by a newer NN Playground (bundle version {version}, this app reads up to {newest}): update the app to open it</source>
      <translation>його збережено новішою версією NN Playground (версія пакета {version}, ця програма читає до {newest}): оновіть програму, щоб відкрити його</translation>
    </message>
    <message>
      <source>its neighbour</source>
      <translation>його сусід</translation>
    </message>
    <message>
      <source>its optimizer.json is damaged or does not fit optimizer.safetensors</source>
      <translation>його optimizer.json пошкоджено або він не відповідає optimizer.safetensors</translation>
    </message>
    <message>
      <source>its project no longer matches the trained weights: {problem}</source>
      <translation>його проєкт більше не відповідає навченим вагам: {problem}</translation>
    </message>
    <message>
      <source>its project.json is not a valid project: {problem}</source>
      <translation>його project.json не є коректним проєктом: {problem}</translation>
    </message>
    <message>
      <source>its run cannot be continued: {e}</source>
      <translation>його запуск не можна продовжити: {e}</translation>
    </message>
    <message>
      <source>its run.json is damaged: counters must be whole numbers</source>
      <translation>його run.json пошкоджено: лічильники мають бути цілими числами</translation>
    </message>
    <message>
      <source>its run.json is damaged: device or training settings missing</source>
      <translation>його run.json пошкоджено: бракує налаштувань пристрою або навчання</translation>
    </message>
    <message>
      <source>its run.json is damaged: history must be rows of 3 or 4 numbers</source>
      <translation>його run.json пошкоджено: історія має складатися з рядків по 3 або 4 числа</translation>
    </message>
    <message>
      <source>its run.json is damaged: the design the weights belong to is missing or malformed</source>
      <translation>його run.json пошкоджено: схема, до якої належать ваги, відсутня або некоректна</translation>
    </message>
    <message>
      <source>its run.json is damaged: {name} must be a whole number ≥ 0</source>
      <translation>його run.json пошкоджено: {name} має бути цілим числом ≥ 0</translation>
    </message>
    <message>
      <source>its run.json is damaged: {problem}</source>
      <translation>його run.json пошкоджено: {problem}</translation>
    </message>
    <message>
      <source>its run.json version must be a positive integer, got {version}</source>
      <translation>версія його run.json має бути додатним цілим числом, отримано {version}</translation>
    </message>
    <message>
      <source>its shape is {shape} but the data gives {data}: set the shape to {wanted}</source>
      <translation>його форма {shape}, але дані дають {data}: задайте форму {wanted}</translation>
    </message>
    <message>
      <source>its {filename} is damaged ({e})</source>
      <translation>його {filename} пошкоджено ({e})</translation>
    </message>
    <message>
      <source>its {filename} is larger than a bundle may hold</source>
      <translation>його {filename} більший, ніж може містити пакет</translation>
    </message>
    <message>
      <source>its {filename} is {size} MB, more than a bundle may hold</source>
      <translation>його {filename} має розмір {size} МБ — більше, ніж може містити пакет</translation>
    </message>
    <message>
      <source>its {name} is not a valid safetensors file ({reason})</source>
      <translation>його {name} не є коректним файлом safetensors ({reason})</translation>
    </message>
    <message>
      <source>its {name} is not valid JSON</source>
      <translation>його {name} не є коректним JSON</translation>
    </message>
    <message>
      <source>k: noise words per (centre, context) pair.</source>
      <translation>k: кількість шумових слів на пару (центральне, контекстне).</translation>
    </message>
    <message>
      <source>labels from here</source>
      <translation>звідси — з мітками</translation>
    </message>
    <message>
      <source>layer '{layer}': the pretrained {what} in {file} is {got}, the layer needs {need}: change the layer to match, or clear Start from weights</source>
      <translation>шар '{layer}': попередньо навчений {what} у {file} має форму {got}, а шару потрібно {need}: змініть шар відповідно або очистьте «Старт із ваг»</translation>
    </message>
    <message>
      <source>layer '{name}'</source>
      <translation>шар '{name}'</translation>
    </message>
    <message>
      <source>leads to {end}: keep the generator (Noise → … → Generated) and the discriminator (Input → … → Output) apart; training feeds the generated samples to the discriminator by itself</source>
      <translation>веде до {end}: тримайте генератор (Шум → … → Згенероване) і дискримінатор (Вхід → … → Вихід) окремо; навчання саме подає згенеровані зразки дискримінатору</translation>
    </message>
    <message>
      <source>learns word vectors from a text: choose a corpus (Alice in Wonderland) in the data settings</source>
      <translation>вивчає вектори слів із тексту: виберіть корпус (Аліса в Країні чудес) у налаштуваннях даних</translation>
    </message>
    <message>
      <source>lesson must be an object</source>
      <translation>lesson має бути об’єктом</translation>
    </message>
    <message>
      <source>lesson.check must be an object</source>
      <translation>lesson.check має бути об’єктом</translation>
    </message>
    <message>
      <source>lesson.check.conditions must be a non-empty list</source>
      <translation>lesson.check.conditions має бути непорожнім списком</translation>
    </message>
    <message>
      <source>lesson.check.conditions[{index}].{key}: no variant is labelled '{label}' ({known})</source>
      <translation>lesson.check.conditions[{index}].{key}: жоден варіант не має мітки '{label}' ({known})</translation>
    </message>
    <message>
      <source>lesson.check.steps must be an integer from 1 to {most}</source>
      <translation>lesson.check.steps має бути цілим числом від 1 до {most}</translation>
    </message>
    <message>
      <source>lesson.check.{key} is not a known field</source>
      <translation>lesson.check.{key} не є відомим полем</translation>
    </message>
    <message>
      <source>lesson.order must be an integer</source>
      <translation>lesson.order має бути цілим числом</translation>
    </message>
    <message>
      <source>lesson.panels must be a list of panel names</source>
      <translation>lesson.panels має бути списком назв панелей</translation>
    </message>
    <message>
      <source>lesson.{key} is missing</source>
      <translation>бракує lesson.{key}</translation>
    </message>
    <message>
      <source>lesson.{key} is not a known field</source>
      <translation>lesson.{key} не є відомим полем</translation>
    </message>
    <message>
      <source>lesson.{key} must be a text</source>
      <translation>lesson.{key} має бути текстом</translation>
    </message>
    <message>
      <source>lesson.{key} must not be empty</source>
      <translation>lesson.{key} не може бути порожнім</translation>
    </message>
    <message>
      <source>loading engine…</source>
      <translation>завантаження рушія…</translation>
    </message>
    <message>
      <source>log₁₀ of each layer's gradient norm over the last {count} snapshots</source>
      <translation>log₁₀ норми градієнта кожного шару за останні знімки (кількість: {count})</translation>
    </message>
    <message>
      <source>looks up symbol ids, but the data gives {data}: an Embedding is for text; delete it, or choose the text dataset</source>
      <translation>шукає id символів, але дані дають {data}: Embedding призначений для тексту; видаліть його або виберіть текстовий набір даних</translation>
    </message>
    <message>
      <source>looks up symbol ids, which only the Input of a text dataset gives: connect it right after the Input</source>
      <translation>шукає ідентифікатори символів, які дає лише Вхід текстового набору даних: під’єднайте його одразу після Входу</translation>
    </message>
    <message>
      <source>loss</source>
      <translation>втрати</translation>
    </message>
    <message>
      <source>loss: train {train} · test {test}</source>
      <translation>втрати: навч. {train} · тест {test}</translation>
    </message>
    <message>
      <source>low {value}</source>
      <translation>мін. {value}</translation>
    </message>
    <message>
      <source>lr × {scale}</source>
      <translation>шв. навч. × {scale}</translation>
    </message>
    <message>
      <source>lstm-memory</source>
      <translation>lstm-memory</translation>
    </message>
    <message>
      <source>m = 0</source>
      <translation>m = 0</translation>
    </message>
    <message>
      <source>m = 1</source>
      <translation>m = 1</translation>
    </message>
    <message>
      <source>m = 2</source>
      <translation>m = 2</translation>
    </message>
    <message>
      <source>m = 3</source>
      <translation>m = 3</translation>
    </message>
    <message>
      <source>marked steps</source>
      <translation>позначені кроки</translation>
    </message>
    <message>
      <source>max</source>
      <translation>макс.</translation>
    </message>
    <message>
      <source>mcculloch-pitts-and-or</source>
      <translation>mcculloch-pitts-and-or</translation>
    </message>
    <message>
      <source>mcculloch-pitts-not</source>
      <translation>mcculloch-pitts-not</translation>
    </message>
    <message>
      <source>mcculloch-pitts-xor</source>
      <translation>mcculloch-pitts-xor</translation>
    </message>
    <message>
      <source>mean error {error} over {steps} steps · after the last step: target {target}, predicted {predicted}</source>
      <translation>середня помилка {error} (кроків: {steps}) · після останнього кроку: ціль {target}, передбачено {predicted}</translation>
    </message>
    <message>
      <source>mlp-vs-cnn-digits</source>
      <translation>mlp-vs-cnn-digits</translation>
    </message>
    <message>
      <source>multi-class classification</source>
      <translation>багатокласова класифікація</translation>
    </message>
    <message>
      <source>must be {allowed}, got {value}</source>
      <translation>має бути {allowed}, отримано {value}</translation>
    </message>
    <message>
      <source>n = 16</source>
      <translation>n = 16</translation>
    </message>
    <message>
      <source>n = 2</source>
      <translation>n = 2</translation>
    </message>
    <message>
      <source>n = 4</source>
      <translation>n = 4</translation>
    </message>
    <message>
      <source>n = 8</source>
      <translation>n = 8</translation>
    </message>
    <message>
      <source>n=16, m=0</source>
      <translation>n=16, m=0</translation>
    </message>
    <message>
      <source>n=16, m=1</source>
      <translation>n=16, m=1</translation>
    </message>
    <message>
      <source>n=16, m=2</source>
      <translation>n=16, m=2</translation>
    </message>
    <message>
      <source>n=16, m=3</source>
      <translation>n=16, m=3</translation>
    </message>
    <message>
      <source>n=2, m=0</source>
      <translation>n=2, m=0</translation>
    </message>
    <message>
      <source>n=2, m=1</source>
      <translation>n=2, m=1</translation>
    </message>
    <message>
      <source>n=2, m=2</source>
      <translation>n=2, m=2</translation>
    </message>
    <message>
      <source>n=2, m=3</source>
      <translation>n=2, m=3</translation>
    </message>
    <message>
      <source>n=4, m=0</source>
      <translation>n=4, m=0</translation>
    </message>
    <message>
      <source>n=4, m=1</source>
      <translation>n=4, m=1</translation>
    </message>
    <message>
      <source>n=4, m=2</source>
      <translation>n=4, m=2</translation>
    </message>
    <message>
      <source>n=4, m=3</source>
      <translation>n=4, m=3</translation>
    </message>
    <message>
      <source>n=8, m=0</source>
      <translation>n=8, m=0</translation>
    </message>
    <message>
      <source>n=8, m=1</source>
      <translation>n=8, m=1</translation>
    </message>
    <message>
      <source>n=8, m=2</source>
      <translation>n=8, m=2</translation>
    </message>
    <message>
      <source>n=8, m=3</source>
      <translation>n=8, m=3</translation>
    </message>
    <message>
      <source>needs a flat vector but receives {shape}: put a Flatten and a Dense before it</source>
      <translation>потребує плаского вектора, але отримує {shape}: поставте перед ним Flatten і Dense</translation>
    </message>
    <message>
      <source>needs a flat vector but receives {shape}: put a Flatten before it</source>
      <translation>потребує плоского вектора, але отримує {shape}: поставте перед ним Flatten</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives a flat vector of {n} values: after another recurrent layer, let that one return sequences; for symbol ids put an Embedding before it; for numbers put a Reshape to [{n}, 1] (one value per step)</source>
      <translation>потребує послідовності (час×ознаки), але отримує плоский вектор зі значень: {n}; після іншого рекурентного шару нехай той повертає послідовності; для id символів поставте перед ним Embedding; для чисел поставте Reshape до [{n}, 1] (одне значення на крок)</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives an image {shape}: put a Reshape to [{height}, {width}] before it to read the image row by row</source>
      <translation>потребує послідовності (час×ознаки), але отримує зображення {shape}: поставте перед ним Reshape до [{height}, {width}], щоб читати зображення рядок за рядком</translation>
    </message>
    <message>
      <source>needs a sequence (time×features) but receives {shape}</source>
      <translation>потребує послідовності (час×ознаки), але отримує {shape}</translation>
    </message>
    <message>
      <source>needs an image (channels×height×width) but receives {what}: put a Reshape before it, e.g. to {suggestion}</source>
      <translation>потребує зображення (канали×висота×ширина), але отримує {what}: поставте перед ним Reshape, напр. до {suggestion}</translation>
    </message>
    <message>
      <source>needs exactly one input, got {n}</source>
      <translation>потребує рівно одного входу, отримано {n}</translation>
    </message>
    <message>
      <source>nested too deeply</source>
      <translation>забагато рівнів вкладеності</translation>
    </message>
    <message>
      <source>no</source>
      <translation>ні</translation>
    </message>
    <message>
      <source>no gradient reaches the layers with weights: a Threshold neuron passes none back, so the layers before it cannot learn by backprop. Put them after it, or use Threshold neurons with weights set by hand there too</source>
      <translation>жоден градієнт не доходить до шарів з вагами: нейрон Threshold не передає його назад, тож шари перед ним не можуть навчатися зворотним поширенням. Поставте їх після нього або й там використайте нейрони Threshold з вагами, заданими вручну</translation>
    </message>
    <message>
      <source>no node with id {id}</source>
      <translation>немає вузла з id {id}</translation>
    </message>
    <message>
      <source>no such connection</source>
      <translation>такого з’єднання немає</translation>
    </message>
    <message>
      <source>none of the weights in {file} belong to a layer of this design: its keys are '&lt;layer id&gt;.&lt;parameter&gt;' (such as '{example}'), and no layer has those ids</source>
      <translation>жодна з ваг у {file} не належить шару цієї схеми: її ключі мають вигляд '&lt;id шару&gt;.&lt;параметр&gt;' (як-от '{example}'), і жоден шар не має таких id</translation>
    </message>
    <message>
      <source>none: draw on the preview</source>
      <translation>немає: малюйте на попередньому перегляді</translation>
    </message>
    <message>
      <source>none: the project has no variants</source>
      <translation>немає: у проєкті немає варіантів</translation>
    </message>
    <message>
      <source>normalises the channels of an image but receives a flat vector of {n} values: use BatchNorm instead</source>
      <translation>нормалізує канали зображення, але отримує плоский вектор зі значень: {n}; використайте натомість BatchNorm</translation>
    </message>
    <message>
      <source>not a recovery file</source>
      <translation>це не файл відновлення</translation>
    </message>
    <message>
      <source>not in the vocabulary</source>
      <translation>немає в словнику</translation>
    </message>
    <message>
      <source>nothing</source>
      <translation>нічого</translation>
    </message>
    <message>
      <source>on {device}</source>
      <translation>на {device}</translation>
    </message>
    <message>
      <source>one of {choices}</source>
      <translation>одне з {choices}</translation>
    </message>
    <message>
      <source>one word id at a time</source>
      <translation>по одному ідентифікатору слова</translation>
    </message>
    <message>
      <source>only {n} words occur at least {least} times: lower the minimum count</source>
      <translation>щонайменше {least} разів трапляється лише слів: {n}; зменште мінімальну частоту</translation>
    </message>
    <message>
      <source>optimizer</source>
      <translation>оптимізатор</translation>
    </message>
    <message>
      <source>optimizers-race</source>
      <translation>optimizers-race</translation>
    </message>
    <message>
      <source>out ?</source>
      <translation>вихід ?</translation>
    </message>
    <message>
      <source>out of memory: use fewer units, a smaller batch or less data</source>
      <translation>бракує пам’яті: використайте менше нейронів, менший пакет або менше даних</translation>
    </message>
    <message>
      <source>out {shape}</source>
      <translation>вихід {shape}</translation>
    </message>
    <message>
      <source>output gate</source>
      <translation>вихідний вентиль</translation>
    </message>
    <message>
      <source>output padding {extra} must be smaller than the stride {stride}: lower the output padding to {most} or less, or raise the stride</source>
      <translation>доповнення виходу {extra} має бути меншим за крок {stride}: зменште доповнення виходу до {most} або менше чи збільште крок</translation>
    </message>
    <message>
      <source>overfitting-cures</source>
      <translation>overfitting-cures</translation>
    </message>
    <message>
      <source>p(target)</source>
      <translation>p(ціль)</translation>
    </message>
    <message>
      <source>padding {pad} is more than half the {k}×{k} window: set the padding to at most {most}</source>
      <translation>доповнення {pad} більше за половину вікна {k}×{k}: задайте доповнення не більше {most}</translation>
    </message>
    <message>
      <source>padding {pad} on each border crops away the whole {full} output: use less padding or a larger kernel</source>
      <translation>доповнення {pad} з кожного краю обрізає весь вихід {full}: використайте менше доповнення або більше ядро</translation>
    </message>
    <message>
      <source>paused</source>
      <translation>на паузі</translation>
    </message>
    <message>
      <source>peephole-lstm</source>
      <translation>peephole-lstm</translation>
    </message>
    <message>
      <source>perceptron-and</source>
      <translation>perceptron-and</translation>
    </message>
    <message>
      <source>perceptron-or</source>
      <translation>perceptron-or</translation>
    </message>
    <message>
      <source>points: {n}; draw on the preview</source>
      <translation>точок: {n}; малюйте на попередньому перегляді</translation>
    </message>
    <message>
      <source>predicted</source>
      <translation>передбачений</translation>
    </message>
    <message>
      <source>pretext accuracy</source>
      <translation>точність допоміжної задачі</translation>
    </message>
    <message>
      <source>pretext accuracy: {value}</source>
      <translation>точність допоміжної задачі: {value}</translation>
    </message>
    <message>
      <source>pretext accuracy: {value} (guessing: {chance})</source>
      <translation>точність допоміжної задачі: {value} (вгадування: {chance})</translation>
    </message>
    <message>
      <source>pretext cross-entropy</source>
      <translation>крос-ентропія допоміжної задачі</translation>
    </message>
    <message>
      <source>pretrained, frozen conv</source>
      <translation>попередньо навчена, заморожена згортка</translation>
    </message>
    <message>
      <source>pretraining loss</source>
      <translation>втрати попереднього навчання</translation>
    </message>
    <message>
      <source>pretraining optimizer</source>
      <translation>оптимізатора попереднього навчання</translation>
    </message>
    <message>
      <source>push</source>
      <translation>поштовх</translation>
    </message>
    <message>
      <source>rbm-digits</source>
      <translation>rbm-digits</translation>
    </message>
    <message>
      <source>ready: press Play</source>
      <translation>готово: натисніть «Пуск»</translation>
    </message>
    <message>
      <source>real</source>
      <translation>справжні</translation>
    </message>
    <message>
      <source>reconstruction</source>
      <translation>реконструкція</translation>
    </message>
    <message>
      <source>reconstruction error</source>
      <translation>помилка реконструкції</translation>
    </message>
    <message>
      <source>reconstruction, k = {k}</source>
      <translation>реконструкція, k = {k}</translation>
    </message>
    <message>
      <source>regression</source>
      <translation>регресія</translation>
    </message>
    <message>
      <source>regression needs MSE, MAE or Huber loss, not {loss}</source>
      <translation>регресія потребує функції втрат MSE, MAE або Huber, а не {loss}</translation>
    </message>
    <message>
      <source>regression-vs-classification</source>
      <translation>regression-vs-classification</translation>
    </message>
    <message>
      <source>reset gate</source>
      <translation>вентиль скидання</translation>
    </message>
    <message>
      <source>right</source>
      <translation>правильно</translation>
    </message>
    <message>
      <source>right guess</source>
      <translation>правильна здогадка</translation>
    </message>
    <message>
      <source>right: {n} of {total}</source>
      <translation>правильно: {n} з {total}</translation>
    </message>
    <message>
      <source>rnn-vs-lstm-memory</source>
      <translation>rnn-vs-lstm-memory</translation>
    </message>
    <message>
      <source>row {row} has {cells}</source>
      <translation>рядок {row} містить {cells}</translation>
    </message>
    <message>
      <source>row {row}, column {column} holds {cell}, not a number</source>
      <translation>рядок {row}, стовпець {column} містить {cell}, а не число</translation>
    </message>
    <message>
      <source>row {row}, column {column} holds {cell}, not a number (a decimal comma? use a point)</source>
      <translation>рядок {row}, стовпець {column} містить {cell}, а не число (десяткова кома? використайте крапку)</translation>
    </message>
    <message>
      <source>row {row}, column {column} is empty</source>
      <translation>рядок {row}, стовпець {column} порожній</translation>
    </message>
    <message>
      <source>safe, repetitive</source>
      <translation>надійно, одноманітно</translation>
    </message>
    <message>
      <source>safetensors weights + design (.safetensors)</source>
      <translation>ваги safetensors + схема (.safetensors)</translation>
    </message>
    <message>
      <source>sat. = in the flat tails</source>
      <translation>насич. = у пологих хвостах</translation>
    </message>
    <message>
      <source>saving a run is not supported for comparisons; stop comparing to save one design</source>
      <translation>збереження запуску не підтримується для порівнянь; припиніть порівняння, щоб зберегти одну схему</translation>
    </message>
    <message>
      <source>says real or fake</source>
      <translation>визначає: справжнє чи фальшиве</translation>
    </message>
    <message>
      <source>scores the word vectors of the Embedding, so it must come right after one (here: {kind}): connect the Embedding to it directly</source>
      <translation>оцінює вектори слів шару Embedding, тому має стояти одразу після нього (тут: {kind}): з’єднайте Embedding з ним напряму</translation>
    </message>
    <message>
      <source>self-supervised</source>
      <translation>самокероване</translation>
    </message>
    <message>
      <source>self-supervised-transfer</source>
      <translation>self-supervised-transfer</translation>
    </message>
    <message>
      <source>semicolons</source>
      <translation>крапки з комою</translation>
    </message>
    <message>
      <source>sequences of {steps} steps × {features} features</source>
      <translation>послідовності (кроків: {steps}, ознак: {features})</translation>
    </message>
    <message>
      <source>sequences of {steps} symbol ids</source>
      <translation>послідовності з id символів (довжина: {steps})</translation>
    </message>
    <message>
      <source>showing {shown} of {total} filters</source>
      <translation>показано фільтрів: {shown} з {total}</translation>
    </message>
    <message>
      <source>sigmoid′ ≤ {value}</source>
      <translation>sigmoid′ ≤ {value}</translation>
    </message>
    <message>
      <source>sin x₁</source>
      <translation>sin x₁</translation>
    </message>
    <message>
      <source>sin x₂</source>
      <translation>sin x₂</translation>
    </message>
    <message>
      <source>sine-forecast-gru</source>
      <translation>sine-forecast-gru</translation>
    </message>
    <message>
      <source>sparse-autoencoder</source>
      <translation>sparse-autoencoder</translation>
    </message>
    <message>
      <source>spiral-deep</source>
      <translation>spiral-deep</translation>
    </message>
    <message>
      <source>state_dict and design; load with torch.load(path, weights_only=True)</source>
      <translation>state_dict і схема; завантаження: torch.load(path, weights_only=True)</translation>
    </message>
    <message>
      <source>step</source>
      <translation>крок</translation>
    </message>
    <message>
      <source>step {step}</source>
      <translation>крок {step}</translation>
    </message>
    <message>
      <source>step {step}
train {train}
test {test}</source>
      <translation>крок {step}
навч. {train}
тест {test}</translation>
    </message>
    <message>
      <source>step {step} · temperature {temperature}</source>
      <translation>крок {step} · температура {temperature}</translation>
    </message>
    <message>
      <source>stopped</source>
      <translation>зупинено</translation>
    </message>
    <message>
      <source>supervised on 0–4</source>
      <translation>з учителем на 0–4</translation>
    </message>
    <message>
      <source>tabs</source>
      <translation>табуляції</translation>
    </message>
    <message>
      <source>takes a sequence of symbol ids (time,) but receives {shape}: connect it right after the Input of a text dataset</source>
      <translation>приймає послідовність ідентифікаторів символів (час,), але отримує {shape}: під’єднайте його одразу після Входу текстового набору даних</translation>
    </message>
    <message>
      <source>takes the vector of one centre word (1×dimension) but receives {shape}: connect it right after the Embedding</source>
      <translation>приймає вектор одного центрального слова (1×вимірність), але отримує {shape}: під’єднайте її одразу після Embedding</translation>
    </message>
    <message>
      <source>target</source>
      <translation>ціль</translation>
    </message>
    <message>
      <source>target (the next value)</source>
      <translation>ціль (наступне значення)</translation>
    </message>
    <message>
      <source>target (their sum)</source>
      <translation>ціль (їхня сума)</translation>
    </message>
    <message>
      <source>target {target} = {first} + {second} (the marked values), predicted {predicted} · error {error}</source>
      <translation>ціль {target} = {first} + {second} (позначені значення), передбачено {predicted} · помилка {error}</translation>
    </message>
    <message>
      <source>target {target}, predicted {predicted} · error {error}</source>
      <translation>ціль {target}, передбачено {predicted} · помилка {error}</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} (p = {p}) ✓</source>
      <translation>ціль {want}, передбачено {got} (p = {p}) ✓</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✓</source>
      <translation>ціль {want}, передбачено {got} ✓</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✗</source>
      <translation>ціль {want}, передбачено {got} ✗</translation>
    </message>
    <message>
      <source>target {want}, predicted {got} ✗ ({want} got p = {p})</source>
      <translation>ціль {want}, передбачено {got} ✗ ({want} отримав p = {p})</translation>
    </message>
    <message>
      <source>target: the next value at every step</source>
      <translation>ціль: наступне значення на кожному кроці</translation>
    </message>
    <message>
      <source>test</source>
      <translation>тест</translation>
    </message>
    <message>
      <source>test acc. {value}</source>
      <translation>точність (тест) {value}</translation>
    </message>
    <message>
      <source>test data</source>
      <translation>тестові дані</translation>
    </message>
    <message>
      <source>test loss {value}</source>
      <translation>втрати на тесті {value}</translation>
    </message>
    <message>
      <source>test sample {index}: true {true}</source>
      <translation>тестовий зразок {index}: справжній {true}</translation>
    </message>
    <message>
      <source>test sample {index}: true {true}, predicted {predicted}</source>
      <translation>тестовий зразок {index}: справжній {true}, передбачено {predicted}</translation>
    </message>
    <message>
      <source>the GPU ({name}) could not be started: {error}. Choose CPU as the training device</source>
      <translation>не вдалося запустити GPU ({name}): {error}. Оберіть пристроєм навчання CPU</translation>
    </message>
    <message>
      <source>the LSTM's long-term memory (values beyond ±1 are drawn as ±1)</source>
      <translation>довготривала пам’ять LSTM (значення за межами ±1 показано як ±1)</translation>
    </message>
    <message>
      <source>the Output</source>
      <translation>Вихід</translation>
    </message>
    <message>
      <source>the Output or the Generated sample</source>
      <translation>«Вихід» або «Згенерований зразок»</translation>
    </message>
    <message>
      <source>the RBM layer {name} has binary visible units, so the values it receives must lie between 0 and 1 (pixels and the hidden probabilities of another RBM do), but they range from {low} to {high}: feed it images, an RBM or a Sigmoid</source>
      <translation>шар RBM {name} має бінарні видимі нейрони, тож значення, які він отримує, мають лежати між 0 і 1 (як пікселі та приховані ймовірності іншої RBM), але вони змінюються від {low} до {high}: подавайте на нього зображення, RBM або сигмоїду</translation>
    </message>
    <message>
      <source>the RBM pretraining trains the design's RBM layers, and it has none: put an RBM layer after the Flatten, or choose another pretraining</source>
      <translation>попереднє навчання RBM навчає шари RBM схеми, а їх немає: поставте шар RBM після Flatten або виберіть інше попереднє навчання</translation>
    </message>
    <message>
      <source>the SkipGram head</source>
      <translation>вихідна частина SkipGram</translation>
    </message>
    <message>
      <source>the bundled text {file} cannot be read: {error}</source>
      <translation>не вдається прочитати вбудований текст {file}: {error}</translation>
    </message>
    <message>
      <source>the clipboard does not hold NN Playground layers</source>
      <translation>буфер обміну не містить шарів NN Playground</translation>
    </message>
    <message>
      <source>the clipboard's layer data is damaged</source>
      <translation>дані шарів у буфері обміну пошкоджено</translation>
    </message>
    <message>
      <source>the connections between layers changed after the weights were trained</source>
      <translation>з’єднання між шарами змінилися після навчання ваг</translation>
    </message>
    <message>
      <source>the data has {classes} classes: choose multi-class and {classes} outputs</source>
      <translation>дані мають класів: {classes}; виберіть багатокласову класифікацію та кількість виходів {classes}</translation>
    </message>
    <message>
      <source>the data is for {wanted}, but the head's task is {task}: change the task</source>
      <translation>дані призначені для {wanted}, а задача вихідної частини — {task}: змініть задачу</translation>
    </message>
    <message>
      <source>the data setting {name} is {now} now, the run was trained with {was}</source>
      <translation>параметр даних {name} зараз {now}, а запуск навчено з {was}</translation>
    </message>
    <message>
      <source>the data wants a prediction at every one of its {steps} steps ({wanted}), but it gets {shape}: let the recurrent layer return sequences and end with a TimeDense of {units}</source>
      <translation>дані потребують прогнозу на кожному з кроків (усього {steps}) ({wanted}), але отримують {shape}: нехай рекурентний шар повертає послідовності, а наприкінці поставте TimeDense на {units}</translation>
    </message>
    <message>
      <source>the data wants one prediction after the last step ({what}), but it gets one per step ({shape}): let the last recurrent layer return only its last state, then a Dense</source>
      <translation>дані потребують одного прогнозу після останнього кроку ({what}), але отримують по одному на крок ({shape}): нехай останній рекурентний шар повертає лише свій останній стан, а далі — Dense</translation>
    </message>
    <message>
      <source>the design cannot be built: {e}</source>
      <translation>схему неможливо побудувати: {e}</translation>
    </message>
    <message>
      <source>the design has a cycle; remove one of the connections that loop back</source>
      <translation>схема містить цикл; видаліть одне зі з’єднань, що замикаються назад</translation>
    </message>
    <message>
      <source>the design has {count} {kind} layers; keep exactly one</source>
      <translation>схема має шарів {kind}: {count}; залиште рівно один</translation>
    </message>
    <message>
      <source>the design is not valid: {problem}</source>
      <translation>схема некоректна: {problem}</translation>
    </message>
    <message>
      <source>the design needs a {kind} layer ({role}): drag one from the palette</source>
      <translation>схемі потрібен шар {kind} ({role}): перетягніть його з палітри</translation>
    </message>
    <message>
      <source>the design needs an {kind} layer ({role}): drag one from the palette</source>
      <translation>схемі потрібен шар {kind} ({role}): перетягніть його з палітри</translation>
    </message>
    <message>
      <source>the discriminator has no weights to learn: put a Dense layer before the Output</source>
      <translation>у дискримінатора немає ваг для навчання: поставте шар Dense перед «Вихід»</translation>
    </message>
    <message>
      <source>the discriminator says real or fake: set the task to binary classification with 1 output value</source>
      <translation>дискримінатор визначає, справжнє чи фальшиве: задайте задачу бінарної класифікації з 1 вихідним значенням</translation>
    </message>
    <message>
      <source>the discriminator's Output</source>
      <translation>«Вихід» дискримінатора</translation>
    </message>
    <message>
      <source>the discriminator's loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or the least-squares loss, then press Reset</source>
      <translation>втрати дискримінатора стали {loss} на кроці {step}; нескінченні значення вперше з’явилися в: {where}. Спробуйте меншу швидкість навчання, обрізання градієнтів або функцію втрат найменших квадратів, потім натисніть «Скинути»</translation>
    </message>
    <message>
      <source>the discriminator's verdict</source>
      <translation>вердикт дискримінатора</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; is it really an NN Playground project?</source>
      <translation>файл не є текстом UTF-8; чи справді це проєкт NN Playground?</translation>
    </message>
    <message>
      <source>the file is not valid JSON (line {line}, column {column}): {why}</source>
      <translation>файл не є коректним JSON (рядок {line}, стовпець {column}): {why}</translation>
    </message>
    <message>
      <source>the file is not valid JSON: {why}</source>
      <translation>файл не є коректним JSON: {why}</translation>
    </message>
    <message>
      <source>the file must hold a JSON object</source>
      <translation>файл має містити об’єкт JSON</translation>
    </message>
    <message>
      <source>the file now holds {count} classes but the project was set up for {recorded}</source>
      <translation>файл тепер містить класів: {count}, але проєкт було налаштовано на {recorded}</translation>
    </message>
    <message>
      <source>the folder now holds {count} classes but the project was set up for {recorded}</source>
      <translation>тека тепер містить класів: {count}, але проєкт було налаштовано на {recorded}</translation>
    </message>
    <message>
      <source>the generator has no weights to learn: put a Dense layer between Noise and Generated</source>
      <translation>у генератора немає ваг для навчання: поставте шар Dense між «Шум» і «Згенероване»</translation>
    </message>
    <message>
      <source>the generator makes samples of {shape} values but the real samples have {real}: set the last Dense before it to {units} units</source>
      <translation>генератор створює зразки зі значень: {shape}, але справжні зразки мають {real}: задайте в останньому шарі Dense перед ним кількість нейронів {units}</translation>
    </message>
    <message>
      <source>the generator's Generated</source>
      <translation>«Згенероване» генератора</translation>
    </message>
    <message>
      <source>the generator's fake sample</source>
      <translation>фальшивий зразок генератора</translation>
    </message>
    <message>
      <source>the generator's loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or the least-squares loss, then press Reset</source>
      <translation>втрати генератора стали {loss} на кроці {step}; нескінченні значення вперше з’явилися в: {where}. Спробуйте меншу швидкість навчання, обрізання градієнтів або функцію втрат найменших квадратів, потім натисніть «Скинути»</translation>
    </message>
    <message>
      <source>the head that predicts</source>
      <translation>вихідна частина, що робить прогноз</translation>
    </message>
    <message>
      <source>the images are now {shape} but the project was set up for {recorded}</source>
      <translation>зображення тепер мають розмір {shape}, але проєкт було налаштовано на {recorded}</translation>
    </message>
    <message>
      <source>the loss (the outputs were finite)</source>
      <translation>втрати (виходи були скінченними)</translation>
    </message>
    <message>
      <source>the loss became {loss} at step {step}: try a smaller learning rate, then press Reset</source>
      <translation>втрати стали {loss} на кроці {step}: спробуйте меншу швидкість навчання, потім натисніть «Скинути»</translation>
    </message>
    <message>
      <source>the loss became {loss} at step {step}; {where} went non-finite first. Try a smaller learning rate, gradient clipping or BatchNorm, then press Reset</source>
      <translation>втрати стали {loss} на кроці {step}; нескінченні значення вперше з’явилися в: {where}. Спробуйте меншу швидкість навчання, обрізання градієнтів або BatchNorm, потім натисніть «Скинути»</translation>
    </message>
    <message>
      <source>the model given is the {role}, not the {network}</source>
      <translation>надана модель — це {role}, а не {network}</translation>
    </message>
    <message>
      <source>the network predicts the next character at every step</source>
      <translation>мережа передбачає наступний символ на кожному кроці</translation>
    </message>
    <message>
      <source>the network {network} exists only in a GAN design; this design is one network: leave it out</source>
      <translation>мережа {network} існує лише в схемі GAN; ця схема — одна мережа: приберіть її</translation>
    </message>
    <message>
      <source>the new state offered at this step</source>
      <translation>новий стан, запропонований на цьому кроці</translation>
    </message>
    <message>
      <source>the new values offered to the cell</source>
      <translation>нові значення, запропоновані комірці</translation>
    </message>
    <message>
      <source>the output of layer '{name}'</source>
      <translation>вихід шару '{name}'</translation>
    </message>
    <message>
      <source>the output of the discriminator's layer '{layer}'</source>
      <translation>вихід шару дискримінатора '{layer}'</translation>
    </message>
    <message>
      <source>the output of the generator's layer '{layer}'</source>
      <translation>вихід шару генератора '{layer}'</translation>
    </message>
    <message>
      <source>the patches of the relative-position pretraining ({size}×{size} pixels) are too small for this design's convolution layers: use fewer pooling layers before the Flatten</source>
      <translation>фрагменти для попереднього навчання відносного положення ({size}×{size} пікселів) замалі для згорткових шарів цієї схеми: використайте менше шарів пулінгу перед Flatten</translation>
    </message>
    <message>
      <source>the perceptron rule cannot train a GAN: choose backpropagation</source>
      <translation>правило перцептрона не може навчити GAN: виберіть зворотне поширення помилки</translation>
    </message>
    <message>
      <source>the perceptron rule cannot train word vectors: choose backpropagation</source>
      <translation>правило перцептрона не може навчити вектори слів: виберіть зворотне поширення помилки</translation>
    </message>
    <message>
      <source>the perceptron rule trains a single layer of step units: build {shape}</source>
      <translation>правило перцептрона навчає один шар порогових нейронів: побудуйте {shape}</translation>
    </message>
    <message>
      <source>the picture could not be encoded as PNG</source>
      <translation>не вдалося закодувати зображення як PNG</translation>
    </message>
    <message>
      <source>the project has no variants to compare</source>
      <translation>у проєкті немає варіантів для порівняння</translation>
    </message>
    <message>
      <source>the project inside {file} is larger than 20 MB</source>
      <translation>проєкт усередині {file} більший за 20 МБ</translation>
    </message>
    <message>
      <source>the recovery file cannot be read: {reason}</source>
      <translation>не вдалося прочитати файл відновлення: {reason}</translation>
    </message>
    <message>
      <source>the relative-position pretraining needs images: choose an image data set or another pretraining</source>
      <translation>попередньому навчанню відносного положення потрібні зображення: виберіть набір даних зображень або інше попереднє навчання</translation>
    </message>
    <message>
      <source>the relative-position pretraining trains the convolution layers before the first Flatten or Dense layer, and this design has none there: add a Conv2d after the Input or choose another pretraining</source>
      <translation>попереднє навчання відносного положення навчає згорткові шари перед першим шаром Flatten або Dense, а в цій схемі їх там немає: додайте Conv2d після входу або виберіть інше попереднє навчання</translation>
    </message>
    <message>
      <source>the run does not belong to the project as it is now ({problem}): reset the run first</source>
      <translation>запуск не відповідає поточному стану проєкту ({problem}): спершу скиньте запуск</translation>
    </message>
    <message>
      <source>the saved CUDA random state is damaged</source>
      <translation>збережений випадковий стан CUDA пошкоджено</translation>
    </message>
    <message>
      <source>the saved batch cursor {cursor} lies outside the batch order</source>
      <translation>збережений курсор пакета {cursor} лежить поза порядком пакетів</translation>
    </message>
    <message>
      <source>the saved batch order does not fit the training data</source>
      <translation>збережений порядок пакетів не відповідає навчальним даним</translation>
    </message>
    <message>
      <source>the saved batch order is not a shuffle of the training data</source>
      <translation>збережений порядок пакетів не є перестановкою навчальних даних</translation>
    </message>
    <message>
      <source>the saved random state '{name}' is damaged (expected {size} bytes)</source>
      <translation>збережений випадковий стан '{name}' пошкоджено (очікувалося байтів: {size})</translation>
    </message>
    <message>
      <source>the saved run lacks its pass over the text or its count of pairs</source>
      <translation>у збереженому запуску бракує проходу по тексту або кількості пар</translation>
    </message>
    <message>
      <source>the saved run lacks the count of real samples seen</source>
      <translation>у збереженому запуску бракує кількості переглянутих справжніх зразків</translation>
    </message>
    <message>
      <source>the saved run's pretraining does not fit this design</source>
      <translation>попереднє навчання збереженого запуску не відповідає цій схемі</translation>
    </message>
    <message>
      <source>the saved weights have nothing for {layer} ({what})</source>
      <translation>у збережених вагах немає нічого для {layer} ({what})</translation>
    </message>
    <message>
      <source>the saved weights hold '{prefix}{stray}', which no layer of the design has</source>
      <translation>збережені ваги містять '{prefix}{stray}', якого немає в жодному шарі схеми</translation>
    </message>
    <message>
      <source>the saved weights hold '{stray}', which belongs to neither network</source>
      <translation>збережені ваги містять '{stray}', що не належить жодній мережі</translation>
    </message>
    <message>
      <source>the saved {what} state '{name}' does not fit its weight ({saved} for {needed})</source>
      <translation>збережений стан {what} '{name}' не відповідає своїй вазі ({saved} замість {needed})</translation>
    </message>
    <message>
      <source>the saved {what} state does not fit: {e}</source>
      <translation>збережений стан {what} не підходить: {e}</translation>
    </message>
    <message>
      <source>the saved {what} state is for a different set of weights</source>
      <translation>збережений стан {what} призначено для іншого набору ваг</translation>
    </message>
    <message>
      <source>the saved {what} state refers to a weight that does not exist ({idx})</source>
      <translation>збережений стан {what} посилається на вагу, якої не існує ({idx})</translation>
    </message>
    <message>
      <source>the setting {name} takes effect after a reset</source>
      <translation>параметр {name} набуде чинності після скидання</translation>
    </message>
    <message>
      <source>the skip-gram objective</source>
      <translation>цільова функція skip-gram</translation>
    </message>
    <message>
      <source>the text arrives as symbol ids (whole numbers, not measurements): put an Embedding right after the Input</source>
      <translation>текст надходить як id символів (цілі числа, а не вимірювання): поставте Embedding одразу після входу</translation>
    </message>
    <message>
      <source>the text has {vocab} different symbols: set the vocabulary to at least {vocab}</source>
      <translation>текст містить різних символів: {vocab}; задайте розмір словника не менше {vocab}</translation>
    </message>
    <message>
      <source>the trained model no longer matches the design (a layer was changed since training): train again, or undo the change, before exporting</source>
      <translation>навчена модель більше не відповідає схемі (шар змінено після навчання): навчіть знову або скасуйте зміну перед експортом</translation>
    </message>
    <message>
      <source>the training setting {name} is {now} now, the run used {was}</source>
      <translation>параметр навчання {name} зараз {now}, а запуск використовував {was}</translation>
    </message>
    <message>
      <source>the {kernel} does not fit the {image}: use a smaller kernel, padding or fewer pooling layers</source>
      <translation>{kernel} не вміщується в {image}: використайте менше ядро, доповнення або менше шарів пулінгу</translation>
    </message>
    <message>
      <source>this design needs about {needed} GB of memory to train, and {device} has {free} GB free: use fewer or smaller layers, a smaller batch or smaller images</source>
      <translation>для навчання цієї схеми потрібно близько {needed} ГБ пам'яті, а на {device} вільно {free} ГБ: зменште кількість або розмір шарів, розмір пакета чи зображень</translation>
    </message>
    <message>
      <source>this is not an NN Playground project (format is {found}, expected {expected})</source>
      <translation>це не проєкт NN Playground (формат {found}, очікувався {expected})</translation>
    </message>
    <message>
      <source>this project has no lesson check</source>
      <translation>у цьому проєкті немає перевірки уроку</translation>
    </message>
    <message>
      <source>this project was saved by a newer NN Playground (file version {version}, this app reads up to {supported}): update the app to open it</source>
      <translation>цей проєкт збережено новішою версією NN Playground (версія файлу {version}, ця програма читає до {supported}): оновіть програму, щоб відкрити його</translation>
    </message>
    <message>
      <source>time step</source>
      <translation>часовий крок</translation>
    </message>
    <message>
      <source>time step t</source>
      <translation>часовий крок t</translation>
    </message>
    <message>
      <source>torch.export program (.pt2)</source>
      <translation>програма torch.export (.pt2)</translation>
    </message>
    <message>
      <source>torch.export program, input {input}, any batch size; torch.export.load(path).module()</source>
      <translation>програма torch.export, вхід {input}, будь-який розмір пакета; torch.export.load(path).module()</translation>
    </message>
    <message>
      <source>train</source>
      <translation>навч.</translation>
    </message>
    <message>
      <source>trained {steps} steps in {seconds} s</source>
      <translation>навчено за {seconds} с (кроків: {steps})</translation>
    </message>
    <message>
      <source>training</source>
      <translation>навчання</translation>
    </message>
    <message>
      <source>training data</source>
      <translation>навчальні дані</translation>
    </message>
    <message>
      <source>training stopped by an unexpected error: {kind}: {error}</source>
      <translation>навчання зупинено через неочікувану помилку: {kind}: {error}</translation>
    </message>
    <message>
      <source>training stopped: {reason}</source>
      <translation>навчання зупинено: {reason}</translation>
    </message>
    <message>
      <source>transfer-learning</source>
      <translation>transfer-learning</translation>
    </message>
    <message>
      <source>true</source>
      <translation>справжній</translation>
    </message>
    <message>
      <source>true or false</source>
      <translation>логічне значення (true або false)</translation>
    </message>
    <message>
      <source>true {true} → predicted {predicted}: {count} of {total}</source>
      <translation>справжній {true} → передбачено {predicted}: {count} з {total}</translation>
    </message>
    <message>
      <source>turns noise z into fake samples</source>
      <translation>перетворює шум z на фальшиві зразки</translation>
    </message>
    <message>
      <source>typed word</source>
      <translation>введене слово</translation>
    </message>
    <message>
      <source>unknown export format {fmt}; choose one of {formats}</source>
      <translation>невідомий формат експорту {fmt}; виберіть один із {formats}</translation>
    </message>
    <message>
      <source>unknown layer kind {kind}; known kinds: {kinds}</source>
      <translation>невідомий тип шару {kind}; відомі типи: {kinds}</translation>
    </message>
    <message>
      <source>unknown network {network}; a GAN design has a generator and a discriminator</source>
      <translation>невідома мережа {network}; схема GAN має генератор і дискримінатор</translation>
    </message>
    <message>
      <source>unknown training device {name}: choose auto, cpu, cuda or mps</source>
      <translation>невідомий пристрій навчання {name}: оберіть auto, cpu, cuda або mps</translation>
    </message>
    <message>
      <source>update gate</source>
      <translation>вентиль оновлення</translation>
    </message>
    <message>
      <source>value</source>
      <translation>значення</translation>
    </message>
    <message>
      <source>values from {low} to {high}</source>
      <translation>значення від {low} до {high}</translation>
    </message>
    <message>
      <source>values tanh</source>
      <translation>значення tanh</translation>
    </message>
    <message>
      <source>vanishing</source>
      <translation>згасання</translation>
    </message>
    <message>
      <source>vanishing-cures</source>
      <translation>vanishing-cures</translation>
    </message>
    <message>
      <source>vanishing-relu-he</source>
      <translation>vanishing-relu-he</translation>
    </message>
    <message>
      <source>vanishing-sigmoid</source>
      <translation>vanishing-sigmoid</translation>
    </message>
    <message>
      <source>variant {label} does not get the same data as the others</source>
      <translation>варіант {label} отримує не ті самі дані, що інші</translation>
    </message>
    <message>
      <source>variant {label}: {reason}</source>
      <translation>варіант {label}: {reason}</translation>
    </message>
    <message>
      <source>version must be a positive integer, got {value}</source>
      <translation>версія має бути додатним цілим числом, отримано {value}</translation>
    </message>
    <message>
      <source>weights; the design JSON is in the metadata under "design"</source>
      <translation>ваги; JSON схеми міститься в метаданих під ключем "design"</translation>
    </message>
    <message>
      <source>what the layer outputs at each step</source>
      <translation>що шар видає на кожному кроці</translation>
    </message>
    <message>
      <source>where the centre word's id enters</source>
      <translation>куди надходить id центрального слова</translation>
    </message>
    <message>
      <source>where the data enters</source>
      <translation>де дані входять у мережу</translation>
    </message>
    <message>
      <source>where the discriminator sees samples</source>
      <translation>де дискримінатор бачить зразки</translation>
    </message>
    <message>
      <source>where the generator starts</source>
      <translation>звідки стартує генератор</translation>
    </message>
    <message>
      <source>word vectors come from a word2vec design (a text corpus, Input → Embedding → SkipGram); this design has none: choose another format</source>
      <translation>вектори слів дає схема word2vec (текстовий корпус, Вхід → Embedding → SkipGram); ця схема не така: виберіть інший формат</translation>
    </message>
    <message>
      <source>word2vec</source>
      <translation>word2vec</translation>
    </message>
    <message>
      <source>word2vec (skip-gram with negative sampling) on Lewis Carroll's Alice's Adventures in Wonderland: the Embedding's rows are the word vectors x_w; the SkipGram head pulls together the vectors of a word and the words within ±3 of it, and pushes away 5 noise words per pair. Type words in the 'Nearest words' panel; the 'Word map' shows the 60 most frequent words on the two principal axes of their vectors.</source>
      <translation>word2vec (skip-gram із негативним семплюванням) на «Пригодах Аліси в Країні чудес» Льюїса Керролла: рядки шару Embedding — вектори слів x_w; вихідна частина SkipGram зближує вектори слова і слів у межах ±3 від нього та відштовхує 5 шумових слів на кожну пару. Вводьте слова на панелі «Найближчі слова»; «Карта слів (PCA)» показує 60 найчастіших слів на двох головних осях їхніх векторів.</translation>
    </message>
    <message>
      <source>word2vec learns from a text: choose a corpus in the data settings</source>
      <translation>word2vec навчається на тексті: виберіть корпус у налаштуваннях даних</translation>
    </message>
    <message>
      <source>word2vec: nearest neighbours</source>
      <translation>word2vec: найближчі сусіди</translation>
    </message>
    <message>
      <source>wrong</source>
      <translation>неправильно</translation>
    </message>
    <message>
      <source>wrong guess</source>
      <translation>хибна здогадка</translation>
    </message>
    <message>
      <source>xor-mlp</source>
      <translation>xor-mlp</translation>
    </message>
    <message>
      <source>xor-perceptron</source>
      <translation>xor-perceptron</translation>
    </message>
    <message>
      <source>x₁</source>
      <translation>x₁</translation>
    </message>
    <message>
      <source>x₁²</source>
      <translation>x₁²</translation>
    </message>
    <message>
      <source>x₁·x₂</source>
      <translation>x₁·x₂</translation>
    </message>
    <message>
      <source>x₂</source>
      <translation>x₂</translation>
    </message>
    <message>
      <source>x₂²</source>
      <translation>x₂²</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>так</translation>
    </message>
    <message>
      <source>{beyond} drawn point is of a class beyond the {k} classes set: raise Classes or remove them (right-click).</source>
      <translation>Намальованих точок із класом поза межами заданих класів ({k}): {beyond}; збільште «Класи» або видаліть їх (правий клік).</translation>
    </message>
    <message>
      <source>{beyond} drawn points are of a class beyond the {k} classes set: raise Classes or remove them (right-click).</source>
      <translation>Намальованих точок із класом поза межами заданих класів ({k}): {beyond}; збільште «Класи» або видаліть їх (правий клік).</translation>
    </message>
    <message>
      <source>{caption} (last {n} shown)</source>
      <translation>{caption} (показано останніх: {n})</translation>
    </message>
    <message>
      <source>{count} filter</source>
      <translation>фільтрів: {count}</translation>
    </message>
    <message>
      <source>{count} filters</source>
      <translation>фільтрів: {count}</translation>
    </message>
    <message>
      <source>{count} inputs</source>
      <translation>входів: {count}</translation>
    </message>
    <message>
      <source>{count} points, the most a target holds · right-click clears</source>
      <translation>точок: {count} — максимум для цілі · правий клік очищає</translation>
    </message>
    <message>
      <source>{count} points, the most the data holds · right-click removes one</source>
      <translation>точок: {count}, максимум для цих даних · правий клік видаляє одну</translation>
    </message>
    <message>
      <source>{dataset} is not a GAN target</source>
      <translation>{dataset} не є ціллю GAN</translation>
    </message>
    <message>
      <source>{field} is not a known field</source>
      <translation>{field} не є відомим полем</translation>
    </message>
    <message>
      <source>{field} must be a text</source>
      <translation>{field} має бути текстом</translation>
    </message>
    <message>
      <source>{file} cannot be read as a saved run: {reason}</source>
      <translation>{file} не вдається прочитати як збережений запуск: {reason}</translation>
    </message>
    <message>
      <source>{file} could not be opened:

{reason}</source>
      <translation>Не вдалося відкрити {file}:

{reason}</translation>
    </message>
    <message>
      <source>{file} does not exist (moved, renamed or on a removed drive?): {fix}.</source>
      <translation>{file} не існує (переміщено, перейменовано чи на від’єднаному диску?): {fix}.</translation>
    </message>
    <message>
      <source>{file} has no column {name} (it has {columns}…): {fix}.</source>
      <translation>{file} не має стовпця {name} (є {columns}…): {fix}.</translation>
    </message>
    <message>
      <source>{file} holds no project.json: is it really a run saved by NN Playground?</source>
      <translation>{file} не містить project.json: чи справді це запуск, збережений NN Playground?</translation>
    </message>
    <message>
      <source>{file} is not a safetensors weights file ({reason})</source>
      <translation>{file} не є файлом ваг safetensors ({reason})</translation>
    </message>
    <message>
      <source>{file} is {mb} MB; a project file is at most 20 MB</source>
      <translation>{file} має розмір {mb} МБ; файл проєкту може мати щонайбільше 20 МБ</translation>
    </message>
    <message>
      <source>{file}: {rows} rows × {columns} columns (separated by {delimiter})</source>
      <translation>{file}: {rows} × {columns} (рядки × стовпці, роздільник {delimiter})</translation>
    </message>
    <message>
      <source>{filters} × {channels}, {size}</source>
      <translation>{filters} × {channels}, {size}</translation>
    </message>
    <message>
      <source>{filters}, {size}</source>
      <translation>{filters}, {size}</translation>
    </message>
    <message>
      <source>{format} export needs {packages}, which are not installed: install them with {extra}</source>
      <translation>для експорту {format} потрібні {packages}, які не встановлено: встановіть їх за допомогою {extra}</translation>
    </message>
    <message>
      <source>{format} export needs {packages}, which is not installed: install them with {extra}</source>
      <translation>для експорту {format} потрібні {packages}, які не встановлено: встановіть їх за допомогою {extra}</translation>
    </message>
    <message>
      <source>{format}…</source>
      <translation>{format}…</translation>
    </message>
    <message>
      <source>{gate} says</source>
      <translation>Відповідь {gate}</translation>
    </message>
    <message>
      <source>{gate}: {meaning}</source>
      <translation>{gate}: {meaning}</translation>
    </message>
    <message>
      <source>{gate}: {right} of {rows} rows right</source>
      <translation>{gate}: правильних рядків — {right} з {rows}</translation>
    </message>
    <message>
      <source>{help} (logarithmic scale)</source>
      <translation>{help} (логарифмічна шкала)</translation>
    </message>
    <message>
      <source>{hidden} hidden units · tile {tile}</source>
      <translation>прихованих нейронів: {hidden} · плитка {tile}</translation>
    </message>
    <message>
      <source>{images} images of {shape} · {classes} classes (first {shown} shown) · {train} train / {test} test</source>
      <translation>зображень: {images}, розмір {shape} · класів: {classes} (показано перші {shown}) · навч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{images} images of {shape} · {classes} classes · {train} train / {test} test</source>
      <translation>зображень {shape}: {images} · класів: {classes} · навч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{kind} '{name}' already has an input; remove that connection first or merge the branches with Add or Concat</source>
      <translation>{kind} '{name}' уже має вхід; спершу видаліть це з’єднання або об’єднайте гілки за допомогою Add чи Concat</translation>
    </message>
    <message>
      <source>{kind} '{name}' does not lead to {goal}: connect it or delete it</source>
      <translation>{kind} '{name}' не веде до {goal}: під’єднайте або видаліть його</translation>
    </message>
    <message>
      <source>{kind} '{name}' has no input port {port}</source>
      <translation>{kind} '{name}' не має вхідного порту {port}</translation>
    </message>
    <message>
      <source>{kind} '{name}' is the end of the network and has no output port</source>
      <translation>{kind} '{name}' — кінець мережі й не має вихідного порту</translation>
    </message>
    <message>
      <source>{kind} ({label}): {help}</source>
      <translation>{kind} ({label}): {help}</translation>
    </message>
    <message>
      <source>{kind} has no parameter {param}</source>
      <translation>{kind} не має параметра {param}</translation>
    </message>
    <message>
      <source>{kind} needs at least two inputs, got {n}: connect another layer to it</source>
      <translation>{kind} потребує щонайменше двох входів, а отримано {n}: під’єднайте до нього ще один шар</translation>
    </message>
    <message>
      <source>{kind} {label} {problem}</source>
      <translation>{kind} {label} {problem}</translation>
    </message>
    <message>
      <source>{k}×{k} kernel</source>
      <translation>ядро {k}×{k}</translation>
    </message>
    <message>
      <source>{k}×{k} kernel (dilated to {span}×{span})</source>
      <translation>ядро {k}×{k} (розріджене до {span}×{span})</translation>
    </message>
    <message>
      <source>{label} has no input: connect a layer's output to it</source>
      <translation>{label} не має входу: під’єднайте до нього вихід шару</translation>
    </message>
    <message>
      <source>{label} of '{name}' {problem}</source>
      <translation>{label} вузла '{name}' {problem}</translation>
    </message>
    <message>
      <source>{label}: {problem}</source>
      <translation>{label}: {problem}</translation>
    </message>
    <message>
      <source>{label}: {value}</source>
      <translation>{label}: {value}</translation>
    </message>
    <message>
      <source>{layer} the weights were trained with is no longer in the design</source>
      <translation>{layer}, з яким навчено ваги, більше немає в схемі</translation>
    </message>
    <message>
      <source>{layer} was a {was} when the weights were trained and is a {now} now</source>
      <translation>{layer} був {was}, коли ваги навчали, а тепер це {now}</translation>
    </message>
    <message>
      <source>{layer} was added after the weights were trained</source>
      <translation>{layer} додано після навчання ваг</translation>
    </message>
    <message>
      <source>{layer} — {verdict}</source>
      <translation>{layer} — {verdict}</translation>
    </message>
    <message>
      <source>{layer}, channel {channel}: {low} … {high} (layer: {layer_low} … {layer_high})</source>
      <translation>{layer}, канал {channel}: {low} … {high} (шар: {layer_low} … {layer_high})</translation>
    </message>
    <message>
      <source>{layer}, first layer: {units} units (rows) × {steps} steps (columns) of test sequence {sample}</source>
      <translation>{layer}, перший шар: нейрони ({units}, рядки) × кроки ({steps}, стовпці) тестової послідовності {sample}</translation>
    </message>
    <message>
      <source>{layer}: RBM {i} of {n}, learning without labels (CD-{k})</source>
      <translation>{layer}: RBM {i} з {n}, навчання без міток (CD-{k})</translation>
    </message>
    <message>
      <source>{layer}: RBM {i} of {n}, pretraining done</source>
      <translation>{layer}: RBM {i} з {n}, попереднє навчання завершено</translation>
    </message>
    <message>
      <source>{layer}: each map is one unit's output over the input plane (colours span {low} … {high}). Hover a map to see it large in the Decision boundary panel.</source>
      <translation>{layer}: кожна карта — вихід одного нейрона на вхідній площині (кольори охоплюють {low} … {high}). Наведіть на карту, щоб побачити її збільшеною на панелі «Межа рішень».</translation>
    </message>
    <message>
      <source>{layer}: filter {filter} · {low} … {high}</source>
      <translation>{layer}: фільтр {filter} · {low} … {high}</translation>
    </message>
    <message>
      <source>{layer}: filter {filter}, input {input} · {low} … {high}</source>
      <translation>{layer}: фільтр {filter}, вхід {input} · {low} … {high}</translation>
    </message>
    <message>
      <source>{layer}: the saved {what} has the wrong type ({dtype})</source>
      <translation>{layer}: збережений {what} має неправильний тип ({dtype})</translation>
    </message>
    <message>
      <source>{layer}: the saved {what} is {saved}, the design needs {needed}</source>
      <translation>{layer}: збережений {what} має форму {saved}, а схемі потрібно {needed}</translation>
    </message>
    <message>
      <source>{layer}: {caption}</source>
      <translation>{layer}: {caption}</translation>
    </message>
    <message>
      <source>{layer}: {name} is {now} now, the weights were trained with {was}</source>
      <translation>{layer}: {name} зараз {now}, а ваги навчено з {was}</translation>
    </message>
    <message>
      <source>{letter} (copy)</source>
      <translation>{letter} (копія)</translation>
    </message>
    <message>
      <source>{low} &amp;nbsp; {high} &amp;nbsp; predicted value; dots: targets</source>
      <translation>{low} &amp;nbsp; {high} &amp;nbsp; прогнозоване значення; точки: цілі</translation>
    </message>
    <message>
      <source>{message}. Other things to try: gradient clipping (e.g. 1.0), a normalisation layer (BatchNorm), or a smaller initial weight scale.</source>
      <translation>{message}. Що ще можна спробувати: обрізання градієнтів (напр. 1.0), шар нормалізації (BatchNorm) або менший початковий масштаб ваг.</translation>
    </message>
    <message>
      <source>{metric} is not measured for this design</source>
      <translation>{metric} не вимірюється для цієї схеми</translation>
    </message>
    <message>
      <source>{name} cannot be read as an .npz file ({e}).</source>
      <translation>{name} не вдається прочитати як файл .npz ({e}).</translation>
    </message>
    <message>
      <source>{name} has a single column: a table needs feature columns and a target column, separated by commas, semicolons or tabs.</source>
      <translation>{name} має лише один стовпець: таблиці потрібні стовпці ознак і цільовий стовпець, розділені комами, крапками з комою або табуляціями.</translation>
    </message>
    <message>
      <source>{name} has a single data row: a table needs a row per sample.</source>
      <translation>{name} має лише один рядок даних: таблиці потрібен рядок на кожен зразок.</translation>
    </message>
    <message>
      <source>{name} has a single row: a table needs a row per sample.</source>
      <translation>{name} має лише один рядок: таблиці потрібен рядок на кожен зразок.</translation>
    </message>
    <message>
      <source>{name} has more than {most} cells; NN Playground reads fewer: use a sample of its rows.</source>
      <translation>{name} містить забагато клітинок (понад {most}); NN Playground читає менше: використайте вибірку його рядків.</translation>
    </message>
    <message>
      <source>{name} has no {items} array (it holds {held}): save it with np.savez(path, images=..., labels=...).</source>
      <translation>{name} не має масиву {items} (він містить {held}): збережіть його за допомогою np.savez(path, images=..., labels=...).</translation>
    </message>
    <message>
      <source>{name} has {width} columns; NN Playground reads at most {most}.</source>
      <translation>{name} має стовпців: {width}; NN Playground читає не більше {most}.</translation>
    </message>
    <message>
      <source>{name} holds binary data, not CSV text.</source>
      <translation>{name} містить двійкові дані, а не текст CSV.</translation>
    </message>
    <message>
      <source>{name} is a folder, not a CSV file.</source>
      <translation>{name} — це тека, а не CSV-файл.</translation>
    </message>
    <message>
      <source>{name} is a single image: choose the folder that holds one sub-folder of images per class.</source>
      <translation>{name} — це одне зображення: виберіть теку, що містить по одній підтеці із зображеннями на клас.</translation>
    </message>
    <message>
      <source>{name} is empty: a table needs a row per sample and a column per value.</source>
      <translation>{name} порожній: таблиці потрібен рядок на кожен зразок і стовпець на кожне значення.</translation>
    </message>
    <message>
      <source>{name} is neither a folder nor an .npz file: choose a folder of class folders or an .npz file.</source>
      <translation>{name} не є ні текою, ні файлом .npz: виберіть теку з теками класів або файл .npz.</translation>
    </message>
    <message>
      <source>{name} is not UTF-8 text (row {row} holds the byte 0x{raw}): save it as "CSV UTF-8" and choose it again.</source>
      <translation>{name} не є текстом UTF-8 (рядок {row} містить байт 0x{raw}): збережіть його як "CSV UTF-8" і виберіть знову.</translation>
    </message>
    <message>
      <source>{name} is not a readable CSV file: {e}.</source>
      <translation>{name} не є читабельним файлом CSV: {e}.</translation>
    </message>
    <message>
      <source>{name} is not a sequence dataset</source>
      <translation>{name} не є набором даних послідовностей</translation>
    </message>
    <message>
      <source>{name} is not an .npz file (save one with np.savez(path, images=..., labels=...)).</source>
      <translation>{name} не є файлом .npz (збережіть його за допомогою np.savez(path, images=..., labels=...)).</translation>
    </message>
    <message>
      <source>{name} is {size} MB; NN Playground reads tables of up to {most} MB: use a sample of its rows.</source>
      <translation>{name} має розмір {size} МБ; NN Playground читає таблиці до {most} МБ: використайте вибірку його рядків.</translation>
    </message>
    <message>
      <source>{name} stores Python objects, which the playground does not load (they could run code): save numbers, and labels as numbers or a numpy text array (np.array(names, dtype=str)).</source>
      <translation>{name} зберігає об’єкти Python, які програма не завантажує (вони можуть виконувати код): зберігайте числа, а мітки — як числа або текстовий масив numpy (np.array(names, dtype=str)).</translation>
    </message>
    <message>
      <source>{name} · unit {unit}</source>
      <translation>{name} · нейрон {unit}</translation>
    </message>
    <message>
      <source>{name} · {share} dead</source>
      <translation>{name} · мертвих: {share}</translation>
    </message>
    <message>
      <source>{name} · {share} sat.</source>
      <translation>{name} · {share} насич.</translation>
    </message>
    <message>
      <source>{name}, slope {slope}</source>
      <translation>{name}, нахил {slope}</translation>
    </message>
    <message>
      <source>{name}: 'images' holds NaN or infinite values.</source>
      <translation>{name}: 'images' містить NaN або нескінченні значення.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds negative values (down to {lo}); pixels must be 0..255 or 0..1.</source>
      <translation>{name}: 'images' містить від’ємні значення (до {lo}); пікселі мають бути 0..255 або 0..1.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds no images.</source>
      <translation>{name}: 'images' не містить зображень.</translation>
    </message>
    <message>
      <source>{name}: 'images' holds values up to {hi}; pixels must be 0..255 (or 0..65535).</source>
      <translation>{name}: 'images' містить значення до {hi}; пікселі мають бути 0..255 (або 0..65535).</translation>
    </message>
    <message>
      <source>{name}: 'images' holds values up to {hi}; pixels must be 0..255 or 0..1.</source>
      <translation>{name}: 'images' містить значення до {hi}; пікселі мають бути 0..255 або 0..1.</translation>
    </message>
    <message>
      <source>{name}: 'images' must be N×H×W (grey) or N×H×W×C with C = 1 (grey) or 3 (colour); got an array of shape {shape}.</source>
      <translation>{name}: 'images' має бути N×H×W (сірі) або N×H×W×C з C = 1 (сірі) чи 3 (кольорові); отримано масив форми {shape}.</translation>
    </message>
    <message>
      <source>{name}: 'images' must hold numbers, got {dtype} values.</source>
      <translation>{name}: 'images' має містити числа, а отримано значення типу {dtype}.</translation>
    </message>
    <message>
      <source>{name}: 'labels' has {count} entries but 'images' holds {n} images: one label each.</source>
      <translation>{name}: 'labels' має записів: {count}, але 'images' містить зображень: {n}; потрібна одна мітка на зображення.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be a list of N labels, got an array of shape {shape}.</source>
      <translation>{name}: 'labels' має бути списком із N міток, отримано масив форми {shape}.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be whole numbers or texts (class names), got fractions.</source>
      <translation>{name}: 'labels' мають бути цілими числами або текстами (назвами класів), отримано дробові числа.</translation>
    </message>
    <message>
      <source>{name}: 'labels' must be whole numbers or texts (class names), got {dtype} values.</source>
      <translation>{name}: 'labels' має містити цілі числа або тексти (назви класів), а отримано значення типу {dtype}.</translation>
    </message>
    <message>
      <source>{name}: 1 cell cannot be used: fill them in or leave their columns out.</source>
      <translation>{name}: 1 клітинку неможливо використати: заповніть її або не використовуйте її стовпець.</translation>
    </message>
    <message>
      <source>{name}: &lt;b&gt;{units}&lt;/b&gt; neurons, {function}</source>
      <translation>{name}: нейронів: &lt;b&gt;{units}&lt;/b&gt;, {function}</translation>
    </message>
    <message>
      <source>{name}: diverged (step {step})</source>
      <translation>{name}: розійшовся (крок {step})</translation>
    </message>
    <message>
      <source>{name}: the rows do not all have {width} cells like the first ({shown} and {more} more rows): fix those rows.</source>
      <translation>{name}: не всі рядки мають стільки клітинок, скільки перший ({width}): {shown} і ще {more}; виправте ці рядки.</translation>
    </message>
    <message>
      <source>{name}: the rows do not all have {width} cells like the first ({shown}): fix those rows.</source>
      <translation>{name}: не всі рядки мають стільки клітинок, скільки перший ({width}): {shown}; виправте ці рядки.</translation>
    </message>
    <message>
      <source>{name}: the target column now holds the classes {now} but the project was set up for {before}: {fix}.</source>
      <translation>{name}: цільовий стовпець тепер містить класи {now}, але проєкт було налаштовано на {before}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {count} cells cannot be used: fill them in or leave their columns out.</source>
      <translation>{name}: клітинок, які неможливо використати: {count}; заповніть їх або не використовуйте їхні стовпці.</translation>
    </message>
    <message>
      <source>{name}: {first} and {second}: {fix}.</source>
      <translation>{name}: {first} і {second}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {loss}</source>
      <translation>{name}: {loss}</translation>
    </message>
    <message>
      <source>{name}: {problem}: {fix}.</source>
      <translation>{name}: {problem}: {fix}.</translation>
    </message>
    <message>
      <source>{name}: {value}</source>
      <translation>{name}: {value}</translation>
    </message>
    <message>
      <source>{n} classes</source>
      <translation>класів: {n}</translation>
    </message>
    <message>
      <source>{n} classes: {names}</source>
      <translation>класи ({n}): {names}</translation>
    </message>
    <message>
      <source>{n} features</source>
      <translation>ознак: {n}</translation>
    </message>
    <message>
      <source>{n} inputs</source>
      <translation>входів: {n}</translation>
    </message>
    <message>
      <source>{n} layers selected. Select one layer to edit its parameters.</source>
      <translation>Виділено шарів: {n}. Виділіть один шар, щоб змінити його параметри.</translation>
    </message>
    <message>
      <source>{n} more errors since; they are in the log too.</source>
      <translation>Ще помилок відтоді: {n}; вони теж у журналі.</translation>
    </message>
    <message>
      <source>{n} of {count} (test #{index})</source>
      <translation>{n} з {count} (тест №{index})</translation>
    </message>
    <message>
      <source>{n} params</source>
      <translation>параметрів: {n}</translation>
    </message>
    <message>
      <source>{n} units</source>
      <translation>нейронів: {n}</translation>
    </message>
    <message>
      <source>{path} could not be saved: {reason}

The design is still open; try another folder or file name.</source>
      <translation>Не вдалося зберегти {path}: {reason}

Схема досі відкрита; спробуйте іншу теку або назву файлу.</translation>
    </message>
    <message>
      <source>{path} could not be written: {reason}</source>
      <translation>не вдалося записати {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} does not exist (moved, renamed or on a removed drive?): {fix}.</source>
      <translation>{path} не існує (переміщено, перейменовано чи на від’єднаному диску?): {fix}.</translation>
    </message>
    <message>
      <source>{path} is not a known setting</source>
      <translation>{path} не є відомим параметром</translation>
    </message>
    <message>
      <source>{path} must be [channels, height, width], got {value}</source>
      <translation>{path} має бути [канали, висота, ширина], отримано {value}</translation>
    </message>
    <message>
      <source>{path} must be a unique non-empty text, got {value}</source>
      <translation>{path} має бути унікальним непорожнім текстом, а отримано {value}</translation>
    </message>
    <message>
      <source>{path} must be a unique text of 1 to 60 characters</source>
      <translation>{path} має бути унікальним текстом від 1 до 60 символів</translation>
    </message>
    <message>
      <source>{path} must be an object</source>
      <translation>{path} має бути об’єктом</translation>
    </message>
    <message>
      <source>{path} must be an object with src and dst node ids</source>
      <translation>{path} має бути об’єктом з id вузлів src і dst</translation>
    </message>
    <message>
      <source>{path} must be an object, got {value}</source>
      <translation>{path} має бути об’єктом, а отримано {value}</translation>
    </message>
    <message>
      <source>{path} must be two numbers [x, y]</source>
      <translation>{path} має бути двома числами [x, y]</translation>
    </message>
    <message>
      <source>{path} needs either value (a number) or than (another variant's label)</source>
      <translation>{path} потребує або value (число), або than (мітку іншого варіанта)</translation>
    </message>
    <message>
      <source>{path} {problem}</source>
      <translation>{path} {problem}</translation>
    </message>
    <message>
      <source>{path} {value} is not a known layer kind ({kinds})</source>
      <translation>{path} {value} — невідомий тип шару ({kinds})</translation>
    </message>
    <message>
      <source>{path}.metric must be one of {names}</source>
      <translation>{path}.metric має бути одним із {names}</translation>
    </message>
    <message>
      <source>{path}.op must be one of {names}</source>
      <translation>{path}.op має бути одним із {names}</translation>
    </message>
    <message>
      <source>{path}.than compares two variants: name the first with variant</source>
      <translation>{path}.than порівнює два варіанти: назвіть перший через variant</translation>
    </message>
    <message>
      <source>{path}.value must be a finite number</source>
      <translation>{path}.value має бути скінченним числом</translation>
    </message>
    <message>
      <source>{path}.{key} is not a known field</source>
      <translation>{path}.{key} не є відомим полем</translation>
    </message>
    <message>
      <source>{path}.{key} must be a variant's label</source>
      <translation>{path}.{key} має бути міткою варіанта</translation>
    </message>
    <message>
      <source>{path}: {problem}</source>
      <translation>{path}: {problem}</translation>
    </message>
    <message>
      <source>{percent} %</source>
      <translation>{percent} %</translation>
    </message>
    <message>
      <source>{rate} steps/s</source>
      <translation>кроків/с: {rate}</translation>
    </message>
    <message>
      <source>{rbm} · error (test MSE): {error}</source>
      <translation>{rbm} · помилка (MSE на тесті): {error}</translation>
    </message>
    <message>
      <source>{rel} cannot be read ({e}): fix or remove it.</source>
      <translation>{rel} не вдається прочитати ({e}): виправте або видаліть його.</translation>
    </message>
    <message>
      <source>{rel} is far too large: images may be at most {most}×{most} pixels.</source>
      <translation>{rel} завеликий: зображення можуть мати щонайбільше {most}×{most} пікселів.</translation>
    </message>
    <message>
      <source>{rel} is not an image Pillow can read (png, jpg, bmp or gif): fix or remove it.</source>
      <translation>{rel} не є зображенням, яке може прочитати Pillow (png, jpg, bmp чи gif): виправте або видаліть його.</translation>
    </message>
    <message>
      <source>{right} of {total} next symbols right</source>
      <translation>правильно передбачено наступних символів: {right} з {total}</translation>
    </message>
    <message>
      <source>{right} of {total} next symbols right · mean p(target) = {p}</source>
      <translation>правильно передбачено наступних символів: {right} з {total} · середнє p(ціль) = {p}</translation>
    </message>
    <message>
      <source>{rows} rows · {features} feature columns → {target} · {train} train / {test} test</source>
      <translation>рядків: {rows} · стовпців ознак: {features} → {target} · навч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{setting} {problem}: keep at least one feature</source>
      <translation>{setting} {problem}: залиште хоча б одну ознаку</translation>
    </message>
    <message>
      <source>{shown} of {total} inputs</source>
      <translation>входи: {shown} з {total}</translation>
    </message>
    <message>
      <source>{shown} of {total} layers</source>
      <translation>шари: {shown} з {total}</translation>
    </message>
    <message>
      <source>{sides} input</source>
      <translation>вхід {sides}</translation>
    </message>
    <message>
      <source>{sides} input (padded to {padded})</source>
      <translation>вхід {sides} (доповнено до {padded})</translation>
    </message>
    <message>
      <source>{speed}/s</source>
      <translation>{speed}/с</translation>
    </message>
    <message>
      <source>{total} sequences of {steps} steps · {symbols} symbols · {train} train / {test} test</source>
      <translation>послідовностей: {total} (кроків: {steps}) · символів: {symbols} · навч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{total} sequences of {steps} steps · {train} train / {test} test</source>
      <translation>послідовностей: {total} (кроків: {steps}) · навч.: {train} / тест: {test}</translation>
    </message>
    <message>
      <source>{value} {words}</source>
      <translation>{value} {words}</translation>
    </message>
    <message>
      <source>{what} could not convert this network: {first}</source>
      <translation>{what} не вдалося перетворити цю мережу: {first}</translation>
    </message>
    <message>
      <source>{where} has fewer than 2 classes (only '{only}'): a classifier needs at least 2.</source>
      <translation>{where} має менше 2 класів (лише '{only}'): класифікатору потрібно щонайменше 2.</translation>
    </message>
    <message>
      <source>{where} has fewer than 2 classes: a classifier needs at least 2.</source>
      <translation>{where} має менше 2 класів: класифікатору потрібно щонайменше 2.</translation>
    </message>
    <message>
      <source>{where} has {count} classes; the playground takes at most {most}.</source>
      <translation>{where}: класів — {count}, а програма приймає не більше {most}.</translation>
    </message>
    <message>
      <source>{where} holds {count} images; the playground takes at most {most}: use a subset.</source>
      <translation>{where} містить зображень: {count}; програма приймає не більше {most}: використайте підмножину.</translation>
    </message>
    <message>
      <source>{where} is {width}×{height} pixels; the playground takes images of at most {most}×{most}: shrink them (28×28 or 64×64 train quickly).</source>
      <translation>{where} має розмір {width}×{height} пікселів; програма приймає зображення не більше {most}×{most}: зменште їх (28×28 або 64×64 навчаються швидко).</translation>
    </message>
    <message>
      <source>{where}: class '{name}' has only {n} image; every class needs at least {least} (one to train on, one to test).</source>
      <translation>{where}: клас '{name}' має лише зображень: {n}; кожному класу потрібно щонайменше {least} (одне для навчання, одне для тесту).</translation>
    </message>
    <message>
      <source>{where}: {count} images of {size} are too much data (at most {most} million pixel values): use fewer or smaller images.</source>
      <translation>{where}: зображення ({count} шт., розмір {size}) — це забагато даних (не більше {most} млн значень пікселів): використайте менше зображень або менші зображення.</translation>
    </message>
    <message>
      <source>{words} words read, {vocab} different ones with a vector; most frequent: {top}</source>
      <translation>прочитано слів: {words}, різних із вектором: {vocab}; найчастіші: {top}</translation>
    </message>
    <message>
      <source>{words} words × {dim} numbers in word2vec's text format</source>
      <translation>слів × чисел: {words} × {dim}, текстовий формат word2vec</translation>
    </message>
    <message>
      <source>σ of the Gaussian noise, or the share of pixels set to 0 by masking.</source>
      <translation>σ гауссового шуму або частка пікселів, які маскування обнуляє.</translation>
    </message>
    <message>
      <source>… and {count} more</source>
      <translation>… і ще {count}</translation>
    </message>
    <message>
      <source>… and {n} more</source>
      <translation>… і ще {n}</translation>
    </message>
    <message>
      <source>→ the class to predict after the last step</source>
      <translation>→ клас, який треба передбачити після останнього кроку</translation>
    </message>
    <message>
      <source>− layer</source>
      <translation>− шар</translation>
    </message>
    <message>
      <source>● train ○ test</source>
      <translation>● навч. ○ тест</translation>
    </message>
    <message>
      <source>✓ OK</source>
      <translation>✓ Усе гаразд</translation>
    </message>
    <message>
      <source>✓ right</source>
      <translation>✓ правильно</translation>
    </message>
    <message>
      <source>✗ wrong</source>
      <translation>✗ неправильно</translation>
    </message>
  </context>
</TS>
